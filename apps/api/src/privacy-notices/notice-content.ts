/** What a notice version holds and how it is identified and read. Pure; no Nest, no database. */
import { createHash } from 'node:crypto';
import type { TenantSettings } from '../tenants/settings.js';
import { NOTICE_LANGUAGES, type NoticeLanguage } from './dto/privacy-notice.dto.js';
import { generateNotice } from './generator/notice.js';

export type NoticeBodies = Partial<Record<NoticeLanguage, string>>;

/**
 * SHA-256 over the bodies in NOTICE_LANGUAGES order, each behind its language tag, so moving a text
 * from one language to another changes the hash. A consent records it.
 */
export function hashOfBodies(bodies: NoticeBodies): string {
  const hash = createHash('sha256');
  for (const lang of NOTICE_LANGUAGES) {
    const body = bodies[lang];
    if (body === undefined) continue;
    hash.update(`\u0000${lang}\u0000${Buffer.byteLength(body, 'utf8')}\u0000`);
    hash.update(body, 'utf8');
  }
  return hash.digest('hex');
}

export function hashOfPdf(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The fixed version and date a generated notice is hashed with (see generatedNotice). */
const HASH_VERSION = 0;
const HASH_DATE = new Date(0);

export interface GeneratedNotice {
  bodies: Record<NoticeLanguage, string>;
  titles: Record<NoticeLanguage, string>;
  /**
   * The hash of the text generated with version 0 and 1970-01-01 instead of the real number and date:
   * it depends on the settings alone, so "nothing changed since the current version" is a comparison
   * of hashes (the preview, and a settings change that does not alter the text publishes nothing).
   * The number and date a consent refers to are in the version row itself.
   */
  contentHash: string;
}

/** The generated notice in every language, as version `version` effective at `effectiveDate`. */
export function generatedNotice(
  tenantName: string,
  settings: TenantSettings,
  version: number,
  effectiveDate: Date,
  changeSummary: Partial<Record<NoticeLanguage, string>> | null,
): GeneratedNotice {
  const render = (v: number, date: Date) => {
    const out = {} as Record<NoticeLanguage, { title: string; body: string }>;
    for (const lang of NOTICE_LANGUAGES) {
      out[lang] = generateNotice(
        { tenantName, settings, version: v, effectiveDate: date, changeSummary: changeSummary?.[lang] ?? null },
        lang,
      );
    }
    return out;
  };
  const shown = render(version, effectiveDate);
  const canonical = render(HASH_VERSION, HASH_DATE);
  const pick = <K extends 'title' | 'body'>(texts: typeof shown, key: K) =>
    Object.fromEntries(NOTICE_LANGUAGES.map((lang) => [lang, texts[lang][key]])) as Record<NoticeLanguage, string>;
  return { bodies: pick(shown, 'body'), titles: pick(shown, 'title'), contentHash: hashOfBodies(pick(canonical, 'body')) };
}

/** The language to show: the asked one, else English, else the first the version has (null: none, a PDF). */
export function pickLanguage(available: readonly string[], asked: string | undefined): string | null {
  if (asked && available.includes(asked)) return asked;
  if (available.includes('en')) return 'en';
  return [...available].sort()[0] ?? null;
}

const DEFAULT_TITLES: Record<NoticeLanguage, string> = { en: 'Privacy notice', de: 'Datenschutzhinweis' };

/** The Markdown's first heading (any level, `#` style), or a default title in the language. */
export function titleOf(markdown: string, lang: string): string {
  const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  const text = heading?.[1].trim();
  return text || DEFAULT_TITLES[lang as NoticeLanguage] || DEFAULT_TITLES.en;
}

/** A change summary in the asked language, falling back to English, then to any it has. */
export function summaryIn(summary: Record<string, string> | null, lang: string | undefined): string | null {
  if (!summary) return null;
  const chosen = pickLanguage(Object.keys(summary), lang);
  return chosen ? (summary[chosen] ?? null) : null;
}
