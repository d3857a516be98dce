import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../../common/personal-data/personal-data.js';
import { Passkey } from '../entities/passkey.entity.js';

/** A person's passkeys: the export names them and their dates, never keys or credential ids. */
@Injectable()
@PersonalDataContributor()
export class PasskeysPersonalData implements PersonalData {
  readonly name = 'passkeys';
  readonly claims = [
    claim(
      Passkey,
      ['userId', 'credentialId', 'publicKey', 'name', 'createdAt', 'lastUsedAt', 'backedUp', 'transports', 'counter'],
      'the passkeys a person signs in with: public key, the name they gave it, when added and last used, whether synced',
      'removed by the person, or erasure',
    ),
  ];

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const passkeys = await m.find(Passkey, { where: { tenantId, userId }, order: { createdAt: 'ASC' } });
    return {
      passkeys: passkeys.map((p) => ({
        name: p.name,
        createdAt: p.createdAt.toISOString(),
        lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
        synced: p.backedUp,
      })),
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<{ passkeys: number }> {
    const removed = await m.delete(Passkey, { tenantId, userId });
    return { passkeys: removed.affected ?? 0 };
  }
}
