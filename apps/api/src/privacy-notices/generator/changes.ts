import type { NoticeLanguage } from '../dto/privacy-notice.dto.js';
import type { Processor, TenantSettings } from '../../tenants/settings.js';
import { isLoosening, type Retention, type TwoFactorPolicy, type Visibility } from './facts.js';
import { afterTheyEnd as afterTheyEndDe, count as countDe, daysDative, wordingDe } from './wording.de.js';
import { afterTheyEnd as afterTheyEndEn, count as countEn, wordingEn } from './wording.en.js';

/*
 * The automatic change summary of a republish, one sentence per change the notice describes, in both
 * languages side by side so they stay in step. Plain text (it is shown as such, and the notice
 * escapes it): admin-entered values are quoted, never interpreted.
 */

type OrganizationField = 'legalName' | 'address' | 'contactEmail' | 'dpoEmail' | 'country';

interface ChangeWords {
  retention(before: Retention, after: Retention): string;
  visibility(before: Visibility, after: Visibility): string;
  userChoiceDefault(shown: boolean): string;
  twoFactor(before: TwoFactorPolicy, after: TwoFactorPolicy): string;
  minGroupSize(before: number, after: number): string;
  field(field: OrganizationField, before: string, after: string): string;
  processors(after: Processor[]): string;
  transfers(after: string): string;
}

/** Admin text on one line. */
const plain = (text: string) => text.trim().replace(/\s*\n\s*/g, ', ');

const EN_VISIBILITY: Record<Visibility, string> = {
  everyone: 'every member sees who booked a desk',
  anonymous: 'nobody sees who booked a desk, not even administrators',
  user_choice: 'each person decides per booking whether colleagues see their name',
};
const EN_FIELDS: Record<OrganizationField, string> = {
  legalName: "The controller's legal name",
  address: "The controller's address",
  contactEmail: 'The contact for data protection questions',
  dpoEmail: "The data protection officer's e-mail address",
  country: "The controller's country",
};
const EN_TWO_FACTOR: Record<TwoFactorPolicy, string> = {
  off: 'optional for everyone',
  admins: 'required for administrators',
  everyone: 'required for everyone',
};

const EN: ChangeWords = {
  retention(before, after) {
    const [now, then] = [after.afterDays, before.afterDays];
    if (before.mode !== after.mode) {
      const was = then === now ? '' : ` ${afterTheyEndEn(then)}`;
      return after.mode === 'delete'
        ? `Bookings are now deleted ${afterTheyEndEn(now)} instead of only losing the booker's name${was}.`
        : `Bookings now only lose the booker's name ${afterTheyEndEn(now)} instead of being deleted${was}.`;
    }
    const when =
      now === 0
        ? `as soon as they end instead of after ${wordingEn.days(then)}`
        : then === 0
          ? `after ${wordingEn.days(now)} instead of as soon as they end`
          : // "after 30 days instead of 90"; with a single day, both say their unit.
            `after ${wordingEn.days(now)} instead of ${now === 1 || then === 1 ? wordingEn.days(then) : countEn(then)}`;
    return after.mode === 'delete' ? `Bookings are now deleted ${when}.` : `Bookings now lose the booker's name ${when}.`;
  },
  visibility: (before, after) =>
    `Who can see bookings: now ${EN_VISIBILITY[after]} (before: ${EN_VISIBILITY[before]}).` +
    (isLoosening(before, after) ? ' Bookings made before this change stay as hidden as they were.' : ''),
  userChoiceDefault: (shown) => `New bookings now ${shown ? 'show' : 'hide'} the booker's name unless the person chooses otherwise.`,
  twoFactor: (before, after) => `Two-factor authentication is now ${EN_TWO_FACTOR[after]} (before: ${EN_TWO_FACTOR[before]}).`,
  minGroupSize: (before, after) =>
    after > 1
      ? `Utilization figures are now withheld when computed from fewer than ${after} bookings (before: ${before > 1 ? `fewer than ${before}` : 'never'}).`
      : `Utilization figures are now shown however few bookings they are computed from (before: withheld below ${before}).`,
  field(field, before, after) {
    const [b, a] = field === 'country' ? [wordingEn.country(before), wordingEn.country(after)] : [plain(before), plain(after)];
    if (b === '') return `${EN_FIELDS[field]} has been entered: “${a}”.`;
    if (a === '') return `${EN_FIELDS[field]} has been removed.`;
    return `${EN_FIELDS[field]} is now “${a}” (before: “${b}”).`;
  },
  processors: (after) =>
    `The list of processors changed: now ${after.length === 0 ? 'none' : after.map((p) => `${plain(p.name)} (${wordingEn.country(p.country)})`).join(', ')}.`,
  transfers: (after) =>
    after.trim() === ''
      ? 'The description of transfers to countries outside the EU/EEA has been removed.'
      : 'The description of transfers to countries outside the EU/EEA changed.',
};

const DE_VISIBILITY: Record<Visibility, string> = {
  everyone: 'alle Mitglieder sehen, wer einen Arbeitsplatz gebucht hat',
  anonymous: 'niemand sieht, wer einen Arbeitsplatz gebucht hat, auch keine Administratoren',
  user_choice: 'jede Person entscheidet bei jeder Buchung, ob andere ihren Namen sehen',
};
const DE_FIELDS: Record<OrganizationField, string> = {
  legalName: 'Die Firmierung des Verantwortlichen',
  address: 'Die Anschrift des Verantwortlichen',
  contactEmail: 'Der Kontakt für Fragen zum Datenschutz',
  dpoEmail: 'Die E-Mail-Adresse der bzw. des Datenschutzbeauftragten',
  country: 'Das Land des Verantwortlichen',
};
const DE_TWO_FACTOR: Record<TwoFactorPolicy, string> = {
  off: 'für alle freiwillig',
  admins: 'für Administratoren Pflicht',
  everyone: 'für alle Pflicht',
};

/** "nach 30 Tagen" / "unmittelbar nach ihrem Ende". */
const afterDe = (n: number) => (n === 0 ? 'unmittelbar nach ihrem Ende' : `nach ${daysDative(n)}`);

const DE: ChangeWords = {
  retention(before, after) {
    const [now, then] = [after.afterDays, before.afterDays];
    if (before.mode !== after.mode) {
      const was = then === now ? 'nur' : `${afterTheyEndDe(then)} nur`;
      return after.mode === 'delete'
        ? `Buchungen werden jetzt ${afterTheyEndDe(now)} gelöscht, statt ${was} den Namen der buchenden Person zu verlieren.`
        : `Buchungen verlieren jetzt ${afterTheyEndDe(now)} nur noch den Namen der buchenden Person, statt ${then === now ? '' : `${afterTheyEndDe(then)} `}gelöscht zu werden.`;
    }
    // "nach 30 statt nach 90 Tagen" reads naturally only when both are plural.
    const when = now > 1 && then > 1 ? `nach ${countDe(now)} statt nach ${daysDative(then)}` : `${afterDe(now)} statt ${afterDe(then)}`;
    return after.mode === 'delete'
      ? `Buchungen werden jetzt ${when} gelöscht.`
      : `Buchungen verlieren den Namen der buchenden Person jetzt ${when}.`;
  },
  visibility: (before, after) =>
    `Sichtbarkeit von Buchungen – neu: ${DE_VISIBILITY[after]} (bisher: ${DE_VISIBILITY[before]}).` +
    (isLoosening(before, after) ? ' Buchungen aus der Zeit vor dieser Änderung bleiben so verborgen, wie sie waren.' : ''),
  userChoiceDefault: (shown) =>
    `Bei neuen Buchungen ist der Name jetzt ${shown ? 'sichtbar' : 'verborgen'}, solange die buchende Person nichts anderes wählt.`,
  twoFactor: (before, after) => `Die Zwei-Faktor-Authentifizierung ist jetzt ${DE_TWO_FACTOR[after]} (bisher: ${DE_TWO_FACTOR[before]}).`,
  minGroupSize: (before, after) =>
    after > 1
      ? `Auslastungszahlen aus weniger als ${after} Buchungen werden jetzt nicht angezeigt (bisher: ${before > 1 ? `unter ${before}` : 'immer angezeigt'}).`
      : `Auslastungszahlen werden jetzt auch aus sehr wenigen Buchungen angezeigt (bisher: nicht unter ${before}).`,
  field(field, before, after) {
    const [b, a] = field === 'country' ? [wordingDe.country(before), wordingDe.country(after)] : [plain(before), plain(after)];
    if (b === '') return `${DE_FIELDS[field]} wurde eingetragen: „${a}“.`;
    if (a === '') return `${DE_FIELDS[field]} wurde entfernt.`;
    return `${DE_FIELDS[field]} lautet jetzt „${a}“ (bisher: „${b}“).`;
  },
  processors: (after) =>
    `Die Liste der Auftragsverarbeiter hat sich geändert: jetzt ${
      after.length === 0 ? 'keine' : after.map((p) => `${plain(p.name)} (${wordingDe.country(p.country)})`).join(', ')
    }.`,
  transfers: (after) =>
    after.trim() === ''
      ? 'Die Beschreibung der Übermittlungen in Länder außerhalb der EU bzw. des EWR wurde entfernt.'
      : 'Die Beschreibung der Übermittlungen in Länder außerhalb der EU bzw. des EWR hat sich geändert.',
};

const WORDS: Record<NoticeLanguage, ChangeWords> = { en: EN, de: DE };

/**
 * One sentence per changed setting the notice describes, in the order of the notice; changes the
 * notice does not describe (and a default of `user_choice` while another mode is on) say nothing.
 */
export function changeSentences(before: TenantSettings, after: TenantSettings, changed: readonly string[], lang: NoticeLanguage): string[] {
  const words = WORDS[lang];
  const has = (path: string) => changed.includes(path);
  const sentences: string[] = [];
  if (has('privacy.retention.mode') || has('privacy.retention.afterDays')) {
    sentences.push(words.retention(before.privacy.retention, after.privacy.retention));
  }
  if (has('privacy.bookingVisibility')) sentences.push(words.visibility(before.privacy.bookingVisibility, after.privacy.bookingVisibility));
  if (has('privacy.userChoiceDefault') && after.privacy.bookingVisibility === 'user_choice') {
    sentences.push(words.userChoiceDefault(after.privacy.userChoiceDefault));
  }
  if (has('privacy.analyticsMinGroupSize'))
    sentences.push(words.minGroupSize(before.privacy.analyticsMinGroupSize, after.privacy.analyticsMinGroupSize));
  if (has('privacy.require2fa')) sentences.push(words.twoFactor(before.privacy.require2fa, after.privacy.require2fa));
  for (const field of ['legalName', 'address', 'contactEmail', 'dpoEmail', 'country'] as const) {
    if (has(`organization.${field}`)) sentences.push(words.field(field, before.organization[field], after.organization[field]));
  }
  if (has('organization.processors')) sentences.push(words.processors(after.organization.processors));
  if (has('organization.thirdCountryTransfers')) sentences.push(words.transfers(after.organization.thirdCountryTransfers));
  return sentences;
}
