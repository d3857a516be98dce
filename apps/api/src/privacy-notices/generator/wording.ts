import type { NoticeLanguage } from '../dto/privacy-notice.dto.js';
import type { Organization, Retention, TwoFactorPolicy, Visibility } from './facts.js';
import { wordingDe } from './wording.de.js';
import { wordingEn } from './wording.en.js';

/**
 * The sentences the notice and the compliance documents share, in one language: one source of truth
 * for "retention in words", the visibility modes, the 2FA policy, the controller and its processors.
 * The notice speaks to the person ("your name"); the `…Facts` variants state the same for the
 * admin's documents, next to them so that both change together. Each returns Markdown. Pure.
 */
export interface Wording {
  /** "7 December 2026". */
  date(d: Date): string;
  /** "30 days", "1 day", "3,650 days". */
  days(n: number): string;
  /** "Germany" for DE. */
  country(code: string): string;
  /** The organization in a sentence: its legal name, or "your employer" while none is entered. */
  organization(org: Organization): string;

  /** The controller's identity and contact as list items; says plainly what is missing. */
  controller(org: Organization, tenantName: string): string[];
  /** The DPO as a sentence, or that none is named. */
  dpo(org: Organization): string;
  /** One line: the controller in the first layer. */
  controllerInBrief(org: Organization): string;

  /** When bookings lose their booker, e.g. "Bookings lose every trace of who made them 30 days after they end." */
  retention(r: Retention): string;
  /** What stays of a booking for statistics (anonymize) or that nothing stays (delete). */
  retentionKept(r: Retention): string;
  /** The exact visibility mode: who sees the booker of a desk. */
  visibility(v: Visibility, userChoiceDefault: boolean): string;
  /** The visibility mode in the third person, for the compliance documents (same facts as `visibility`). */
  visibilityFacts(v: Visibility, userChoiceDefault: boolean): string;
  /** A later loosening never reveals a booking made under a stricter rule (bookings/visibility.ts). */
  visibilityCeiling: string;
  /** What facility managers see of bookings (utilization figures) and the minimum group size that protects them. */
  analytics(minGroupSize: number): string;
  /** The 2FA policy. */
  twoFactor(policy: TwoFactorPolicy): string;

  /** The 2FA policy in the third person, for the compliance documents. */
  twoFactorFacts(policy: TwoFactorPolicy): string;

  /** The processors as Markdown list items, or a sentence that there are none. */
  processors(org: Organization): string[];
  /** Transfers to third countries: the admin's description, "none", or that a description is missing. */
  transfers(org: Organization): string;

  /** Transfers in the third person, for the compliance documents. */
  transfersFacts(org: Organization): string;

  /** Sessions: when they end and when they are deleted (operator defaults stated as defaults). */
  sessions: string;
  /** How soon after a booking is due the scheduled clean-up reaches it. */
  sweep: string;
}

const WORDINGS: Record<NoticeLanguage, Wording> = { en: wordingEn, de: wordingDe };

export function wordingFor(lang: NoticeLanguage): Wording {
  return WORDINGS[lang];
}
