import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../../common/personal-data/personal-data.js';
import { PasswordReset } from '../entities/password-reset.entity.js';

/** Password-reset links that were mailed: whom for, and when. */
@Injectable()
@PersonalDataContributor()
export class PasswordResetPersonalData implements PersonalData {
  readonly name = 'password-resets';
  readonly claims = [
    claim(
      PasswordReset,
      ['userId', 'tokenHash', 'createdAt', 'expiresAt', 'usedAt'],
      'that the person asked for a password reset, when, and whether the link was used (the token only as a hash)',
      'used or expired links are purged hourly (a link lives 30 minutes); erasure removes them',
    ),
  ];

  /** Dates only: the token hash is of no use to the person and must not leave the database. */
  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const rows = await m.find(PasswordReset, { where: { tenantId, userId }, order: { createdAt: 'ASC' } });
    return {
      passwordResets: rows.map((r) => ({
        requestedAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        usedAt: r.usedAt?.toISOString() ?? null,
      })),
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    await m.delete(PasswordReset, { tenantId, userId });
  }
}
