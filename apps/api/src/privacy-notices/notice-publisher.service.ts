import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { resolveSettings, type TenantSettings } from '../tenants/settings.js';
import { NOTICE_LANGUAGES, type NoticeLanguage } from './dto/privacy-notice.dto.js';
import { PrivacyNoticeVersion, type NoticeSource } from './entities/privacy-notice-version.entity.js';
import { generatedNotice, hashOfBodies, hashOfPdf, type NoticeBodies } from './notice-content.js';
import { PrivacyNoticesRepository } from './privacy-notices.repository.js';

/** Who published: the admin (publishedBy), or the system on someone's behalf (actor only in the audit event). */
export interface PublishedBy {
  publishedBy: string | null;
  actorUserId: string | null;
  /** Why the system published: sign-up, a settings change, the start-up backfill. */
  trigger?: 'signup' | 'settings_changed' | 'backfill';
}

export type ChangeSummary = Partial<Record<NoticeLanguage, string>> | null;

/** The same summary under every language of the notice (a custom summary is one text the admin wrote). */
export function summaryForAll(text: string | null): ChangeSummary {
  return text === null ? null : Object.fromEntries(NOTICE_LANGUAGES.map((lang) => [lang, text]));
}

/**
 * Writes immutable numbered versions, always inside the caller's transaction (sign-up, a settings
 * change, an admin's publication): the tenant's row is locked first, so two publications of one tenant
 * take the numbers one after the other; the unique (tenantId, version) index stops any that does not.
 */
@Injectable()
export class NoticePublisher {
  constructor(
    private readonly notices: PrivacyNoticesRepository,
    private readonly tenants: TenantsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The generated notice from the tenant's settings as they are in `m`. */
  async publishGenerated(m: EntityManager, tenantId: string, changeSummary: ChangeSummary, by: PublishedBy): Promise<PrivacyNoticeVersion> {
    return (await this.generated(m, tenantId, changeSummary, by, false)) as PrivacyNoticeVersion;
  }

  /** As publishGenerated, but nothing (null) when the current version is a generated one with the same text. */
  publishGeneratedIfChanged(
    m: EntityManager,
    tenantId: string,
    changeSummary: ChangeSummary,
    by: PublishedBy,
  ): Promise<PrivacyNoticeVersion | null> {
    return this.generated(m, tenantId, changeSummary, by, true);
  }

  private async generated(
    m: EntityManager,
    tenantId: string,
    changeSummary: ChangeSummary,
    by: PublishedBy,
    onlyIfChanged: boolean,
  ): Promise<PrivacyNoticeVersion | null> {
    await this.tenants.lockForUpdate(m, tenantId);
    const tenant = await this.tenants.getById(tenantId, m);
    const settings: TenantSettings = resolveSettings(tenant.settings);
    const current = await this.notices.current(tenantId, m);
    const version = (current?.version ?? 0) + 1;
    const publishedAt = new Date();
    const notice = generatedNotice(tenant.name, settings, version, publishedAt, changeSummary);
    if (onlyIfChanged && current?.source === 'generated' && current.contentHash === notice.contentHash) return null;
    return this.write(m, tenantId, by, {
      version,
      publishedAt,
      source: 'generated',
      bodies: notice.bodies,
      pdf: null,
      contentHash: notice.contentHash,
      changeSummary,
    });
  }

  /** A custom notice: Markdown per language (already checked), or a PDF (already checked). */
  async publishCustom(
    m: EntityManager,
    tenantId: string,
    content: { bodies: NoticeBodies } | { pdf: Buffer },
    changeSummary: ChangeSummary,
    by: PublishedBy,
  ): Promise<PrivacyNoticeVersion> {
    await this.tenants.lockForUpdate(m, tenantId);
    const current = await this.notices.current(tenantId, m);
    const isPdf = 'pdf' in content;
    return this.write(m, tenantId, by, {
      version: (current?.version ?? 0) + 1,
      publishedAt: new Date(),
      source: 'custom',
      bodies: isPdf ? {} : content.bodies,
      pdf: isPdf ? content.pdf : null,
      contentHash: isPdf ? hashOfPdf(content.pdf) : hashOfBodies(content.bodies),
      changeSummary,
    });
  }

  private async write(
    m: EntityManager,
    tenantId: string,
    by: PublishedBy,
    draft: {
      version: number;
      publishedAt: Date;
      source: NoticeSource;
      bodies: NoticeBodies;
      pdf: Buffer | null;
      contentHash: string;
      changeSummary: ChangeSummary;
    },
  ): Promise<PrivacyNoticeVersion> {
    const row = Object.assign(new PrivacyNoticeVersion(), {
      id: randomUUID(),
      tenantId,
      version: draft.version,
      source: draft.source,
      contentHash: draft.contentHash,
      changeSummary: draft.changeSummary,
      publishedAt: draft.publishedAt,
      publishedBy: by.publishedBy,
    });
    const bodies = new Map(
      NOTICE_LANGUAGES.flatMap((lang) => (draft.bodies[lang] === undefined ? [] : [[lang, draft.bodies[lang]] as const])),
    );
    await this.notices.insert(m, row, bodies, draft.pdf);
    // The mode follows what was published, in the same transaction (and without a settings hook).
    await this.tenants.setNoticeMode(m, tenantId, draft.source);
    // Version 1 at sign-up is part of creating the tenant, which starts with an empty log.
    if (by.trigger === 'signup') return row;
    await this.audit.record(m, {
      tenantId,
      actorUserId: by.actorUserId,
      action: 'privacy_notice.published',
      targetType: 'privacy_notice',
      targetId: row.id,
      details: { version: row.version, source: row.source, pdf: draft.pdf !== null, ...(by.trigger ? { trigger: by.trigger } : {}) },
    });
    return row;
  }
}
