import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository, type EntityManager } from 'typeorm';
import { PrivacyNoticeBody } from './entities/privacy-notice-body.entity.js';
import type { PrivacyNoticePdf } from './entities/privacy-notice-pdf.entity.js';
import { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';

/** Reads of the notice versions, for this feature and the consents (the gate asks for the current one). */
@Injectable()
export class PrivacyNoticesRepository {
  constructor(
    @InjectRepository(PrivacyNoticeVersion) private readonly versions: Repository<PrivacyNoticeVersion>,
    @InjectRepository(PrivacyNoticeBody) private readonly bodies: Repository<PrivacyNoticeBody>,
  ) {}

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

  /** All of the tenant's versions, newest first. */
  allOfTenant(tenantId: string): Promise<PrivacyNoticeVersion[]> {
    return this.versions.find({ where: { tenantId }, order: { version: 'DESC' } });
  }

  /** A version's Markdown per language (none for a PDF notice). */
  async bodiesOf(versionId: string): Promise<Map<string, string>> {
    const rows = await this.bodies.find({ where: { versionId } });
    return new Map(rows.map((r) => [r.lang, r.body]));
  }

  /** The languages of each version's Markdown, without reading the texts. */
  async languagesOf(versionIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(versionIds.map((id) => [id, []]));
    if (versionIds.length === 0) return out;
    const rows = await this.bodies.find({
      select: { versionId: true, lang: true },
      where: { versionId: In(versionIds) },
      order: { lang: 'ASC' },
    });
    for (const row of rows) out.get(row.versionId)?.push(row.lang);
    return out;
  }

  /** The PDF of a PDF notice, or null. */
  async pdfOf(versionId: string): Promise<Buffer | null> {
    const row = await this.versions.manager.getRepository<PrivacyNoticePdf>('PrivacyNoticePdf').findOneBy({ versionId });
    return row ? Buffer.from(row.data) : null;
  }

  /** The ids of the tenants that have published at least one version (the start-up backfill skips them). */
  async tenantsWithNotice(): Promise<Set<string>> {
    const rows = await this.versions.createQueryBuilder('v').select('DISTINCT v.tenantId', 'tenantId').getRawMany<{ tenantId: string }>();
    return new Set(rows.map((r) => r.tenantId));
  }

  /** Writes a new version with its bodies or PDF, in the publisher's transaction. */
  async insert(m: EntityManager, version: PrivacyNoticeVersion, bodies: Map<string, string>, pdf: Buffer | null): Promise<void> {
    await m.insert(PrivacyNoticeVersion, version);
    if (bodies.size > 0) {
      await m.insert(
        PrivacyNoticeBody,
        [...bodies].map(([lang, body]) => ({ versionId: version.id, lang, body })),
      );
    }
    if (pdf) await m.getRepository<PrivacyNoticePdf>('PrivacyNoticePdf').insert({ versionId: version.id, data: pdf });
  }
}
