import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/token-hash.js';
import { SecretSealer } from '../auth/secret-sealer.service.js';
import type { Principal } from '../common/context/request-context.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { ConsentsService } from '../consents/consents.service.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { resolveSettings } from '../tenants/settings.js';
import { CalendarEntries } from './calendar-entries.js';
import type { CalendarEntry } from './calendar.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';

/** A token as it appears in feed URLs: base64url of 32 random bytes. Anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The feed URL of a token, for calendars (webcal://, so a click opens the subscription dialog). */
export function feedUrl(origin: string, token: string): string {
  return `${origin.replace(/^https?:\/\//, 'webcal://')}/api/calendar/${token}.ics`;
}

/**
 * A person's calendar subscription (README "Calendar subscription"): one secret URL each, made,
 * regenerated (the old URL stops working at once) and revoked on the Account page. The feed itself
 * answers without a session, so it checks here what the session and the consent gate check elsewhere.
 */
@Injectable()
export class CalendarFeedsService {
  private readonly sealer: SecretSealer;

  constructor(
    private readonly feeds: CalendarFeedsRepository,
    private readonly entries: CalendarEntries,
    private readonly tenants: TenantsRepository,
    private readonly consents: ConsentsService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sealer = new SecretSealer(config.appSecret, 'calendar-feeds');
  }

  /** The caller's feed token, or null without a feed. */
  async tokenOf(principal: Principal): Promise<string | null> {
    const feed = await this.feeds.ofPerson(principal.tenantId, principal.userId);
    return feed ? this.sealer.open(feed.sealedToken) : null;
  }

  /** A new feed token for the caller; an earlier one stops working in the same transaction. */
  async create(principal: Principal): Promise<string> {
    const { tenantId, userId } = principal;
    const { token, hash } = newOpaqueToken();
    await this.tx.run(async (m) => {
      const earlier = await this.feeds.ofPerson(tenantId, userId, m);
      await this.feeds.replace(m, { userId, tenantId, tokenHash: hash, sealedToken: this.sealer.seal(token), createdAt: new Date() });
      await this.audit.record(m, {
        tenantId,
        actorUserId: userId,
        action: earlier ? 'calendar_feed.regenerated' : 'calendar_feed.created',
        targetType: 'user',
        targetId: userId,
      });
    });
    return token;
  }

  /** Revokes the caller's feed; none to revoke is no error (and no event). */
  async revoke(principal: Principal): Promise<void> {
    const { tenantId, userId } = principal;
    await this.tx.run(async (m) => {
      if (!(await this.feeds.remove(m, tenantId, userId))) return;
      await this.audit.record(m, { tenantId, actorUserId: userId, action: 'calendar_feed.revoked', targetType: 'user', targetId: userId });
    });
  }

  /**
   * The feed of a token: 404 for an unknown or revoked token (an erased person's feed went with
   * them) and while the tenant requires consent the person has not given (or withdrew).
   */
  async feed(token: string): Promise<{ entries: CalendarEntry[]; locale: string }> {
    const owner = TOKEN_SHAPE.test(token) ? await this.feeds.ownerOf(hashOpaqueToken(token)) : null;
    const tenant = owner && (await this.tenants.findSettings(owner.tenantId));
    if (!owner || !tenant) throw new NotFoundError('Calendar feed');
    const tenantSettings = resolveSettings(tenant.settings);
    if (await this.consents.missingConsent({ tenantId: owner.tenantId, userId: owner.userId, tenantSettings }))
      throw new NotFoundError('Calendar feed');
    return { entries: await this.entries.feedOf(owner.tenantId, owner.userId), locale: owner.locale };
  }
}
