import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository, type EntityManager } from 'typeorm';
import { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';

/** Reads of the notice versions, for this feature and the consents (the gate asks for the current one). */
@Injectable()
export class PrivacyNoticesRepository {
  constructor(@InjectRepository(PrivacyNoticeVersion) private readonly versions: Repository<PrivacyNoticeVersion>) {}

  /** The tenant's newest version; null before the first publication. With `m`, in the caller's transaction. */
  current(tenantId: string, m?: EntityManager): Promise<PrivacyNoticeVersion | null> {
    const repo = m ? m.getRepository(PrivacyNoticeVersion) : this.versions;
    return repo.findOne({ where: { tenantId }, order: { version: 'DESC' } });
  }

  /** One version of the tenant's; another tenant's id reads as missing. */
  findInTenant(tenantId: string, id: string): Promise<PrivacyNoticeVersion | null> {
    return this.versions.findOneBy({ tenantId, id });
  }

  /** The tenant's versions newer than `version`, oldest first. */
  after(tenantId: string, version: number): Promise<PrivacyNoticeVersion[]> {
    return this.versions.find({ where: { tenantId, version: MoreThan(version) }, order: { version: 'ASC' } });
  }
}
