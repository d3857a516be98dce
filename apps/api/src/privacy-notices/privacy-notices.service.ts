import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { Principal } from '../common/context/request-context.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { defaultSettings, resolveSettings } from '../tenants/settings.js';
import { UsersRepository } from '../users/users.repository.js';
import type { CurrentNoticeDto, NoticeLanguage, NoticePreviewDto, NoticeVersionDto, PublishNoticeDto } from './dto/privacy-notice.dto.js';
import type { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';
import { missingOrganizationData } from './generator/notice.js';
import { NoticeAcceptance } from './notice-acceptance.service.js';
import { NoticeMails } from './notice-mails.service.js';
import { generatedNotice, pickLanguage, summaryIn, titleOf } from './notice-content.js';
import { checkCustomBodies } from './notice-drafts.js';
import { NoticePublisher, summaryForAll } from './notice-publisher.service.js';
import { PrivacyNoticesRepository } from './privacy-notices.repository.js';

/** How a notice PDF is sent, for the invitee's route in auth/ too (the feature's public surface). */
export { sendNoticePdf } from './notice-pdf-response.js';

export class NoNoticeError extends DomainError {
  constructor() {
    super(404, 'NO_NOTICE', 'No privacy notice has been published yet');
  }
}

/** A version in one language, as read before and after sign-in. */
export interface NoticeText {
  version: PrivacyNoticeVersion;
  lang: string;
  title: string;
  /** Markdown; empty for a PDF notice. */
  body: string;
  isPdf: boolean;
}

export const pdfUrlOf = (versionId: string) => `/api/privacy-notice/versions/${versionId}/pdf`;

@Injectable()
export class PrivacyNoticesService {
  /** The sign-up page's notice per language: default settings, no organization data, so the same for everyone. */
  private readonly signupNotices = new Map<NoticeLanguage, { title: string; body: string; contentHash: string }>();

  constructor(
    private readonly notices: PrivacyNoticesRepository,
    private readonly publisher: NoticePublisher,
    private readonly tenants: TenantsRepository,
    private readonly users: UsersRepository,
    private readonly acceptance: NoticeAcceptance,
    private readonly tx: TransactionRunner,
    private readonly noticeMails: NoticeMails,
  ) {}

  /** The tenant's current notice in `lang` (with fallback), or null before the first publication. */
  async currentText(tenantId: string, lang: string | undefined): Promise<NoticeText | null> {
    const version = await this.notices.current(tenantId);
    if (!version) return null;
    const bodies = await this.notices.bodiesOf(version.id);
    const chosen = pickLanguage([...bodies.keys()], lang);
    const shownLang = chosen ?? lang ?? 'en';
    const body = chosen ? (bodies.get(chosen) ?? '') : '';
    return { version, lang: shownLang, title: titleOf(body, shownLang), body, isPdf: chosen === null };
  }

  async current(tenantId: string, lang: string | undefined, since: string | undefined): Promise<CurrentNoticeDto> {
    const text = await this.currentText(tenantId, lang);
    if (!text) throw new NoNoticeError();
    const { version } = text;
    // `since` of another tenant (or unknown) reads as nothing to show, never as an error that tells it exists.
    const base = since ? await this.notices.findInTenant(tenantId, since) : null;
    const changes = base && base.version < version.version ? await this.notices.after(tenantId, base.version) : [];
    return {
      id: version.id,
      version: version.version,
      source: version.source,
      lang: text.lang,
      title: text.title,
      body: text.body,
      ...(text.isPdf ? { pdfUrl: pdfUrlOf(version.id) } : {}),
      contentHash: version.contentHash,
      publishedAt: version.publishedAt.toISOString(),
      changeSummary: summaryIn(version.changeSummary, text.lang),
      changesSince: changes
        .filter((c) => c.version <= version.version)
        .map((c) => ({ version: c.version, publishedAt: c.publishedAt.toISOString(), summary: summaryIn(c.changeSummary, text.lang) })),
    };
  }

  /** What publishing `generated` would publish now, and the organization data it lacks. */
  async preview(tenantId: string, lang: NoticeLanguage = 'en'): Promise<NoticePreviewDto> {
    const tenant = await this.tenants.getById(tenantId);
    const settings = resolveSettings(tenant.settings);
    const current = await this.notices.current(tenantId);
    const notice = generatedNotice(tenant.name, settings, (current?.version ?? 0) + 1, new Date(), null);
    return {
      lang,
      title: notice.titles[lang],
      body: notice.bodies[lang],
      contentHash: notice.contentHash,
      missing: missingOrganizationData(settings),
    };
  }

  async versions(tenantId: string, lang: NoticeLanguage | undefined): Promise<NoticeVersionDto[]> {
    const versions = await this.notices.allOfTenant(tenantId);
    const [languages, counts] = await Promise.all([this.notices.languagesOf(versions.map((v) => v.id)), this.acceptance.counts(tenantId)]);
    const publishers = versions.map((v) => v.publishedBy).filter((id): id is string => id !== null);
    const names = await this.users.displayNamesInTenant(tenantId, publishers);
    return versions.map((v, index) => this.toVersionDto(v, languages.get(v.id) ?? [], lang, names, counts, index === 0));
  }

  /** JSON: republish the generated notice, or publish custom Markdown. */
  async publish(actor: Principal, dto: PublishNoticeDto): Promise<NoticeVersionDto> {
    const by = { publishedBy: actor.userId, actorUserId: actor.userId };
    const summary = summaryForAll(dto.changeSummary?.trim() || null);
    if (dto.source === 'generated') {
      if (dto.bodies !== undefined) {
        throw new DomainError(400, 'VALIDATION_FAILED', 'A generated notice has no bodies', [
          { field: 'bodies', messages: ['bodies is only for source custom'] },
        ]);
      }
      return this.publishAndMail(actor, (m) => this.publisher.publishGenerated(m, actor.tenantId, summary, by));
    }
    const bodies = checkCustomBodies(dto.bodies);
    return this.publishAndMail(actor, (m) => this.publisher.publishCustom(m, actor.tenantId, { bodies }, summary, by));
  }

  /** Multipart: a PDF (checked by the controller's caller) with an optional change summary. */
  async publishPdf(actor: Principal, pdf: Buffer, changeSummary: string | null): Promise<NoticeVersionDto> {
    const by = { publishedBy: actor.userId, actorUserId: actor.userId };
    return this.publishAndMail(actor, (m) => this.publisher.publishCustom(m, actor.tenantId, { pdf }, summaryForAll(changeSummary), by));
  }

  /** Publishes, and mails every member the new version to accept (queued with it, sent after the commit). */
  private async publishAndMail(actor: Principal, publish: (m: EntityManager) => Promise<PrivacyNoticeVersion>): Promise<NoticeVersionDto> {
    const { version, mails } = await this.tx.run(async (m) => {
      const version = await publish(m);
      return { version, mails: await this.noticeMails.queue(m, version) };
    });
    await this.noticeMails.dispatch(mails);
    return this.published(actor, version);
  }

  /** The PDF of one of the tenant's versions; another tenant's id, or a version without a PDF, is 404. */
  async pdf(tenantId: string, id: string): Promise<{ version: number; data: Buffer }> {
    const version = await this.notices.findInTenant(tenantId, id);
    const data = version ? await this.notices.pdfOf(version.id) : null;
    if (!version || !data) throw new NotFoundError('Notice PDF');
    return { version: version.version, data };
  }

  /** The PDF of the tenant's current version (an invitee reads it before having an account). */
  async currentPdf(tenantId: string): Promise<{ version: number; data: Buffer }> {
    const current = await this.notices.current(tenantId);
    if (!current) throw new NoNoticeError();
    return this.pdf(tenantId, current.id);
  }

  /**
   * The sign-up page's notice: generated for the default settings and no organization data, so it says
   * plainly that the organization being created is the controller and must complete its data.
   */
  signupNotice(lang: NoticeLanguage): { title: string; body: string; contentHash: string } {
    let notice = this.signupNotices.get(lang);
    if (!notice) {
      const generated = generatedNotice('', defaultSettings(), 1, new Date(0), null);
      notice = { title: generated.titles[lang], body: generated.bodies[lang], contentHash: generated.contentHash };
      this.signupNotices.set(lang, notice);
    }
    return notice;
  }

  private async published(actor: Principal, version: PrivacyNoticeVersion): Promise<NoticeVersionDto> {
    const [languages, counts] = await Promise.all([this.notices.languagesOf([version.id]), this.acceptance.counts(actor.tenantId)]);
    const names = new Map([[actor.userId, actor.displayName]]);
    return this.toVersionDto(version, languages.get(version.id) ?? [], actor.locale, names, counts, true);
  }

  private toVersionDto(
    v: PrivacyNoticeVersion,
    languages: string[],
    lang: string | undefined,
    names: Map<string, string>,
    counts: Awaited<ReturnType<NoticeAcceptance['counts']>>,
    current: boolean,
  ): NoticeVersionDto {
    return {
      id: v.id,
      version: v.version,
      source: v.source,
      languages,
      // A version has Markdown bodies or a PDF, never both.
      hasPdf: languages.length === 0,
      contentHash: v.contentHash,
      changeSummary: summaryIn(v.changeSummary, lang),
      publishedAt: v.publishedAt.toISOString(),
      publishedBy: v.publishedBy ? (names.get(v.publishedBy) ?? null) : null,
      current,
      accepted: counts.accepted.get(v.id) ?? 0,
      total: counts.total,
    };
  }
}
