import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { NoticeAcceptance } from '../privacy-notices/notice-acceptance.service.js';
import { PrivacyNoticesRepository } from '../privacy-notices/privacy-notices.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { ConsentsRepository, type ConsentWithVersion } from './consents.repository.js';
import type { Consent } from './entities/consent.entity.js';

export class NotCurrentVersionError extends DomainError {
  constructor(currentVersionId: string | null) {
    super(409, 'NOT_CURRENT_VERSION', 'A newer privacy notice was published: read it and accept that one', {
      noticeVersionId: currentVersionId,
    });
  }
}

/** Whose consent the gate checks: a signed-in caller, or the person behind a calendar feed. */
export type ConsentSubject = Pick<Principal, 'tenantId' | 'userId' | 'tenantSettings'>;

/** What GET /me says about consent (DESIGN.md "Privacy notices and consent"). */
export interface ConsentStatus {
  required: boolean;
  currentVersionId: string | null;
  acceptedVersionId: string | null;
  acceptedAt: Date | null;
}

/** The report of one version: the records with the names of those who still exist. */
export interface ConsentReport {
  accepted: number;
  total: number;
  records: { consent: Consent; displayName: string | null }[];
}

@Injectable()
export class ConsentsService implements OnModuleInit {
  constructor(
    private readonly consents: ConsentsRepository,
    private readonly notices: PrivacyNoticesRepository,
    private readonly users: UsersRepository,
    private readonly acceptance: NoticeAcceptance,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The version list of privacy-notices shows our counts (it cannot import this feature: we import it). */
  onModuleInit(): void {
    this.acceptance.register(async (tenantId) => ({
      accepted: await this.consents.acceptedPerVersion(tenantId),
      total: await this.users.countMembers(tenantId),
    }));
  }

  /**
   * Records the caller's consent to the current version. Accepting it again while the consent is
   * active returns that record (`created: false`) instead of a second one: a double click or a retry
   * changes nothing. Another tenant's or an unknown id is 404; an older version of the tenant 409.
   */
  async give(principal: Principal, noticeVersionId: string): Promise<{ consent: ConsentWithVersion; created: boolean }> {
    const { tenantId, userId } = principal;
    const version = await this.notices.findInTenant(tenantId, noticeVersionId);
    if (!version) throw new NotFoundError('Privacy notice version');
    return this.tx.run(async (m) => {
      // Serializes a person's own consents (a double submit), so one version gets one active record.
      await this.users.lockForUpdate(m, [userId]);
      const current = await this.notices.current(tenantId, m);
      if (current?.id !== version.id) throw new NotCurrentVersionError(current?.id ?? null);
      const existing = await this.consents.activeFor(m, tenantId, userId, version.id);
      if (existing) return { consent: { ...existing, version: version.version }, created: false };
      const consent: Consent = {
        id: randomUUID(),
        tenantId,
        userId,
        noticeVersionId: version.id,
        contentHash: version.contentHash,
        locale: principal.locale,
        acceptedAt: new Date(),
        withdrawnAt: null,
      };
      await this.consents.insert(m, consent);
      await this.audit.record(m, {
        tenantId,
        actorUserId: userId,
        action: 'consent.given',
        targetType: 'privacy_notice',
        targetId: version.id,
        details: { version: version.version },
      });
      return { consent: { ...consent, version: version.version }, created: true };
    });
  }

  /** Withdraws the caller's active consents; booking asks again. Nothing to withdraw is no error (and no event). */
  async withdraw(principal: Principal): Promise<void> {
    const { tenantId, userId } = principal;
    await this.tx.run(async (m) => {
      const withdrawn = await this.consents.withdrawAll(m, tenantId, userId, new Date());
      for (const c of withdrawn) {
        await this.audit.record(m, {
          tenantId,
          actorUserId: userId,
          action: 'consent.withdrawn',
          targetType: 'privacy_notice',
          targetId: c.noticeVersionId,
        });
      }
    });
  }

  /** The caller's consent as /me shows it. */
  async status(principal: Principal): Promise<ConsentStatus> {
    const { tenantId, userId } = principal;
    const [gate, accepted] = await Promise.all([this.consents.gateState(tenantId, userId), this.consents.newestActive(tenantId, userId)]);
    return {
      required: consentMissing(principal, gate) !== null,
      currentVersionId: gate?.currentVersionId ?? null,
      acceptedVersionId: accepted?.noticeVersionId ?? null,
      acceptedAt: accepted?.acceptedAt ?? null,
    };
  }

  /**
   * The current version's id when the person must accept it before booking; null when they may book.
   * Also for the calendar feed, which has no session: it passes the feed's person and tenant settings.
   */
  async missingConsent(principal: ConsentSubject): Promise<string | null> {
    // Off: no query at all on the booking hot path.
    if (!principal.tenantSettings.privacy.consentRequired) return null;
    return consentMissing(principal, await this.consents.gateState(principal.tenantId, principal.userId));
  }

  /** Whether another person of the caller's tenant lacks consent the tenant requires (staff booking for them). */
  async personMissingConsent(principal: Principal, userId: string): Promise<boolean> {
    if (!principal.tenantSettings.privacy.consentRequired) return false;
    return consentMissing(principal, await this.consents.gateState(principal.tenantId, userId)) !== null;
  }

  /** Who accepted one version of the tenant's (tenant_admin); another tenant's id is 404. */
  async report(tenantId: string, noticeVersionId: string): Promise<ConsentReport> {
    const version = await this.notices.findInTenant(tenantId, noticeVersionId);
    if (!version) throw new NotFoundError('Privacy notice version');
    const consents = await this.consents.ofVersion(tenantId, version.id);
    const people = consents.flatMap((c) => (c.userId ? [c.userId] : []));
    const [names, total] = await Promise.all([this.users.displayNamesInTenant(tenantId, people), this.users.countMembers(tenantId)]);
    return {
      accepted: consents.filter((c) => c.withdrawnAt === null).length,
      total,
      records: consents.map((consent) => ({ consent, displayName: consent.userId ? (names.get(consent.userId) ?? null) : null })),
    };
  }
}

/** The gate's rule: consent required by the tenant, a notice exists, and the caller's active consent is not to it. */
function consentMissing(principal: ConsentSubject, gate: { currentVersionId: string; consentId: string | null } | null): string | null {
  if (!principal.tenantSettings.privacy.consentRequired || !gate) return null;
  return gate.consentId ? null : gate.currentVersionId;
}
