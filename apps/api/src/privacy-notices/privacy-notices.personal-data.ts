import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';

/** Which admin published a notice version. The notice's text is the company's, written for everyone. */
@Injectable()
@PersonalDataContributor()
export class PrivacyNoticesPersonalData implements PersonalData {
  readonly name = 'privacy-notices';
  readonly claims = [
    claim(
      PrivacyNoticeVersion,
      ['publishedBy'],
      'the id of the tenant admin who published a notice version',
      'erasure: the version stays (people accepted it), without who published it',
    ),
  ];

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const versions = await m.find(PrivacyNoticeVersion, { where: { tenantId, publishedBy: userId }, order: { version: 'ASC' } });
    return { privacyNoticesPublished: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString() })) };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    await m.update(PrivacyNoticeVersion, { tenantId, publishedBy: userId }, { publishedBy: null });
  }
}
