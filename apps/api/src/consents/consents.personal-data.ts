import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { ConsentsRepository } from './consents.repository.js';
import { Consent } from './entities/consent.entity.js';

/** Which privacy notice a person accepted, in which language, when, and when they withdrew. */
@Injectable()
@PersonalDataContributor()
export class ConsentsPersonalData implements PersonalData {
  readonly name = 'consents';
  readonly claims = [
    claim(
      Consent,
      ['userId', 'locale', 'acceptedAt', 'withdrawnAt'],
      'who accepted which privacy notice version, in which language, when, and when they withdrew',
      'erasure sets `userId` to NULL: version, language and times stay without the person, so the acceptance counts of past versions stay right',
    ),
  ];

  constructor(private readonly consents: ConsentsRepository) {}

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const records = await this.consents.ofPerson(m, tenantId, userId);
    return {
      consents: records.map((c) => ({
        noticeVersionId: c.noticeVersionId,
        version: c.version,
        locale: c.locale,
        acceptedAt: c.acceptedAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      })),
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject) {
    return { consentsAnonymized: await this.consents.forgetPerson(m, tenantId, userId) };
  }
}
