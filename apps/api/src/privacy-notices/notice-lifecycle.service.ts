import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { TenantHooks, type AfterCommit, type SettingsChanged } from '../tenants/tenant-hooks.service.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { NOTICE_LANGUAGES, type NoticeLanguage } from './dto/privacy-notice.dto.js';
import { describeChanges, NOTICE_SETTINGS } from './generator/notice.js';
import { NoticeMails } from './notice-mails.service.js';
import { NoticePublisher } from './notice-publisher.service.js';
import { PrivacyNoticesRepository } from './privacy-notices.repository.js';

/** The settings changes that republish a generated notice: those it describes, and switching back to generated. */
export function republishReason(event: Pick<SettingsChanged, 'after' | 'changed'>): { described: string[] } | null {
  if (event.after.privacy.noticeMode !== 'generated') return null;
  const described = event.changed.filter((path) => NOTICE_SETTINGS.includes(path));
  if (described.length === 0 && !event.changed.includes('privacy.noticeMode')) return null;
  return { described };
}

/**
 * When the system publishes by itself: version 1 at sign-up, a new generated version with every
 * settings change the notice describes (in the settings change's transaction, so the notice never
 * disagrees with how the system behaves), and version 1 at start-up for tenants that predate notices.
 * The system publishes (publishedBy null); the admin who caused it is the audit event's actor.
 */
@Injectable()
export class NoticeLifecycle implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly hooks: TenantHooks,
    private readonly publisher: NoticePublisher,
    private readonly notices: PrivacyNoticesRepository,
    private readonly tenants: TenantsRepository,
    private readonly tx: TransactionRunner,
    private readonly noticeMails: NoticeMails,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.hooks.onTenantCreated(async (m, { tenantId }) => {
      await this.publisher.publishGenerated(m, tenantId, null, { publishedBy: null, actorUserId: null, trigger: 'signup' });
    });
    this.hooks.onSettingsChanged((m, event) => this.republish(m, event));
  }

  /** Never keeps the API from starting (e.g. with the database briefly away): the next start tries again. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.backfill();
    } catch (err) {
      this.logger.error({ err }, 'Publishing first privacy notices at start-up failed; retried at the next start');
    }
  }

  /**
   * Publishes the generated notice again when the change touches what it says (nothing if the text
   * stayed the same); members are mailed as for an admin's publication, once the change committed.
   */
  private async republish(m: EntityManager, event: SettingsChanged): Promise<AfterCommit | undefined> {
    const reason = republishReason(event);
    if (!reason) return;
    const summary =
      reason.described.length === 0
        ? null
        : (Object.fromEntries(
            NOTICE_LANGUAGES.map((lang) => [lang, describeChanges(event.before, event.after, reason.described, lang)]),
          ) as Record<NoticeLanguage, string>);
    const version = await this.publisher.publishGeneratedIfChanged(m, event.tenantId, summary, {
      publishedBy: null,
      actorUserId: event.actorUserId,
      trigger: 'settings_changed',
    });
    if (!version) return;
    const mails = await this.noticeMails.queue(m, version);
    return () => this.noticeMails.dispatch(mails);
  }

  /**
   * Version 1 for every tenant without a version (tenants created before notices existed). Idempotent:
   * each tenant is checked again under its lock, and a second instance doing the same at the same time
   * hits the unique index, which is fine. A tenant that fails is logged and left for the next start.
   * Returns how many versions were published.
   */
  async backfill(): Promise<number> {
    const withNotice = await this.notices.tenantsWithNotice();
    const missing = (await this.tenants.allIds()).filter((id) => !withNotice.has(id));
    let published = 0;
    for (const tenantId of missing) {
      try {
        const version = await this.tx.run(async (m) => {
          await this.tenants.lockForUpdate(m, tenantId);
          if (await this.notices.current(tenantId, m)) return null;
          return this.publisher.publishGenerated(m, tenantId, null, { publishedBy: null, actorUserId: null, trigger: 'backfill' });
        });
        if (version) published++;
      } catch (err) {
        if (isUniqueViolation(err)) continue;
        this.logger.error({ err, tenantId }, 'Publishing the first privacy notice failed; retried at the next start');
      }
    }
    return published;
  }
}
