import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { mailLink } from '../mail/mail-links.js';
import { Mailer, type QueuedMail } from '../mail/mailer.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import { resolveSettings } from '../tenants/settings.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';

/** The web app's page where a person reads the current notice and accepts it. */
const READ_NOTICE_PATH = '/account/privacy';

/**
 * `notice-published` to every member who can sign in, in their language, when a version they must
 * accept is published: one outbox row each, in the publishing transaction (one dispatch after commit).
 * Nothing while the tenant does not require consent: the notice is still there to read.
 */
@Injectable()
export class NoticeMails {
  constructor(
    private readonly mailer: Mailer,
    private readonly tenants: TenantsRepository,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue(m: EntityManager, version: PrivacyNoticeVersion): Promise<QueuedMail[]> {
    const tenant = await this.tenants.getById(version.tenantId, m);
    if (!resolveSettings(tenant.settings).privacy.consentRequired) return [];
    const link = mailLink(this.config, null, READ_NOTICE_PATH);
    const queued: QueuedMail[] = [];
    for (const person of await this.users.mailRecipients(m, version.tenantId)) {
      const locale = mailLocale(person.locale);
      queued.push(
        await this.mailer.queue(m, {
          template: 'notice-published',
          to: person.email,
          locale,
          tenantId: version.tenantId,
          userId: person.id,
          params: {
            displayName: person.displayName,
            tenantName: tenant.name,
            version: String(version.version),
            summary: version.changeSummary?.[locale] ?? '',
            link,
          },
        }),
      );
    }
    return queued;
  }

  /** After the publishing transaction committed; never throws. */
  dispatch(queued: readonly QueuedMail[]): Promise<void> {
    return queued.length ? this.mailer.dispatch(queued) : Promise.resolve();
  }
}
