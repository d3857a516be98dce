import { inline, OPERATOR_DEFAULTS, transfersOf, type Organization } from './facts.js';
import type { Wording } from './wording.js';

const number = new Intl.NumberFormat('en-GB');
/** A number as the texts write it: "3,650" / "3.650". */
export const count = (n: number) => number.format(n);
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

const days = (n: number) => `${number.format(n)} ${n === 1 ? 'day' : 'days'}`;
const country = (code: string) => regions.of(code.toUpperCase()) ?? code;
const organization = (org: Organization) => (org.legalName.trim() ? inline(org.legalName) : 'your employer');

/** "30 days after they end" / "as soon as they end". */
export const afterTheyEnd = (afterDays: number) => (afterDays === 0 ? 'as soon as they end' : `${days(afterDays)} after they end`);

export const wordingEn: Wording = {
  date: (d) => dateFormat.format(d),
  days,
  country,
  organization,

  controller(org, tenantName) {
    const lines = org.legalName.trim()
      ? [`- **Controller:** ${inline(org.legalName)}`]
      : [
          `- **Controller:** your employer has not yet entered its legal name in Deskbook (in Deskbook your organization is called “${inline(tenantName)}”) — ask your HR department who is responsible.`,
        ];
    if (org.address.trim()) lines.push(`- **Address:** ${inline(org.address)}`);
    lines.push(`- **Country:** ${country(org.country)}`);
    lines.push(
      org.contactEmail.trim()
        ? `- **Contact for data protection questions:** ${inline(org.contactEmail)}`
        : '- **Contact for data protection questions:** your employer has not yet entered one in Deskbook — ask your HR department.',
    );
    return lines;
  },

  dpo: (org) =>
    org.dpoEmail.trim()
      ? `You can reach the data protection officer at ${inline(org.dpoEmail)}.`
      : 'No data protection officer is named in Deskbook; please use the contact above.',

  controllerInBrief(org) {
    if (!org.legalName.trim()) return 'your employer, who has not yet entered its legal name in Deskbook — ask your HR department.';
    return org.contactEmail.trim()
      ? `${inline(org.legalName)}, your employer (${inline(org.contactEmail)}).`
      : `${inline(org.legalName)}, your employer.`;
  },

  retention: (r) =>
    r.mode === 'anonymize'
      ? `Bookings lose every trace of who made them ${afterTheyEnd(r.afterDays)}.`
      : `Bookings are deleted ${afterTheyEnd(r.afterDays)}.`,

  retentionKept: (r) =>
    r.mode === 'anonymize'
      ? 'Kept for statistics on how the office is used, without any link to a person: the desk, start and end, the check-in time, a cancellation and its reason, and the day (not the time) the booking was made.'
      : 'Nothing of a deleted booking is kept.',

  visibility(v, userChoiceDefault) {
    if (v === 'everyone') return 'Every member of your organization who uses Deskbook sees your name on the desk you booked.';
    if (v === 'anonymous')
      return 'Nobody sees who booked a desk — not your colleagues, not facility managers, not administrators. Others see only that the desk is taken.';
    return `You decide for each booking whether colleagues see your name on the desk. Unless you change it, a new booking ${
      userChoiceDefault ? 'shows your name' : 'does not show your name'
    }. Where you hide it, nobody sees who booked — not facility managers, not administrators.`;
  },

  visibilityFacts(v, userChoiceDefault) {
    if (v === 'everyone') return 'Every member of the organization sees the booker’s display name on a booked desk.';
    if (v === 'anonymous')
      return 'Nobody but the booker sees who booked a desk — not colleagues, not facility managers, not administrators; others see only that it is taken.';
    return `Each person decides per booking whether colleagues see their name; new bookings ${
      userChoiceDefault ? 'show' : 'hide'
    } it unless the person chooses otherwise. Where it is hidden, nobody but the booker sees who booked — not facility managers, not administrators.`;
  },

  visibilityCeiling:
    'If this rule later becomes less strict, bookings made before the change stay as hidden as they were; a stricter rule applies at once to every booking.',

  analytics: (minGroupSize) =>
    'Facility managers and administrators see how the office is used: counts and rates of bookings per location, floor, zone, desk, day and hour, never who booked. ' +
    (minGroupSize > 1
      ? `A figure computed from fewer than ${minGroupSize} bookings is withheld, so that no figure shows when one person was in the office.`
      : 'Figures are shown however few bookings they are computed from, so a figure about very few bookings may tell when someone was in the office.'),

  twoFactor: (policy) =>
    ({
      off: 'Two-factor authentication (a code from an authenticator app) is optional: you can turn it on under Account → Security.',
      admins:
        'Administrators must use two-factor authentication (a code from an authenticator app); for everyone else it is optional (Account → Security).',
      everyone: 'Everyone must use two-factor authentication (a code from an authenticator app) before using Deskbook.',
    })[policy],

  twoFactorFacts: (policy) =>
    ({
      off: 'Two-factor authentication (TOTP) is optional for everyone.',
      admins: 'Two-factor authentication (TOTP) is required for administrators and optional for everyone else.',
      everyone:
        'Two-factor authentication (TOTP) is required for everyone; until a person has set it up, they can use nothing but their profile, the two-factor setup and signing out.',
    })[policy],

  processors: (org) =>
    org.processors.length === 0
      ? [`None: no external service provider processes these data on behalf of ${organization(org)}.`]
      : org.processors.map((p) => `- **${inline(p.name)}** — ${inline(p.purpose)} (${country(p.country)})`),

  transfers(org) {
    const transfers = transfersOf(org);
    if (transfers.kind === 'none') return 'None: your data are not transferred to countries outside the EU/EEA.';
    if (transfers.kind === 'described') return `In the words of ${organization(org)}: ${inline(transfers.text)}`;
    const names = transfers.processors.map((p) => `${inline(p.name)} (${country(p.country)})`).join(', ');
    return `Processors outside the EU/EEA are listed (${names}), but your employer has not yet described these transfers and their safeguards in Deskbook — ask your HR department.`;
  },

  transfersFacts(org) {
    const transfers = transfersOf(org);
    if (transfers.kind === 'none') return 'None: no personal data are transferred to countries outside the EU/EEA.';
    if (transfers.kind === 'described') return `As described by the controller: ${inline(transfers.text)}`;
    const names = transfers.processors.map((p) => `${inline(p.name)} (${country(p.country)})`).join(', ');
    return `**Missing:** processors outside the EU/EEA are listed (${names}), but no description of these transfers and their safeguards (GDPR Art. 44–49) has been entered under Settings → Organization.`;
  },

  sessions: `A sign-in session ends when you sign out, after ${days(OPERATOR_DEFAULTS.sessionIdleDays)} without use, and at the latest ${days(
    OPERATOR_DEFAULTS.sessionAbsoluteDays,
  )} after you signed in, unless the operator of this Deskbook installation has set other limits. Ended sessions are deleted within the hour. Changing your password ends all your other sessions.`,

  sweep: `Deskbook’s scheduled clean-up does this (by default every ${OPERATOR_DEFAULTS.sweepEveryMinutes} minutes); it cannot be undone, and a longer period set later brings nothing back.`,
};
