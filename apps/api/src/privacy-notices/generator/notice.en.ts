import { inline } from './facts.js';
import type { GeneratedText, NoticeInput } from './notice-input.js';
import { wordingEn as w } from './wording.en.js';

/** The generated notice in English: the first layer (WP260 ¶35–36), then the full text (GDPR Art. 13(1)–(2)). */
export function noticeEn({ tenantName, settings, version, effectiveDate, changeSummary }: NoticeInput): GeneratedText {
  const { privacy, organization: org } = settings;
  const title = 'Privacy notice for desk booking';
  const contact = org.contactEmail.trim() ? inline(org.contactEmail) : 'your HR department';
  const body = [
    `# ${title}`,
    `Version ${version}, valid from ${w.date(effectiveDate)}.`,
    ...(changeSummary ? [`**What changed in this version:** ${inline(changeSummary)}`] : []),

    '## In brief',
    [
      `- **Who is responsible:** ${w.controllerInBrief(org)}`,
      '- **What is recorded, and why:** your account (name, e-mail address, role, language), your bookings (desk, times, check-ins) and security data such as your sign-in sessions — so that you can book desks and Deskbook stays secure.',
      `- **Who can see your bookings:** ${w.visibility(privacy.bookingVisibility, privacy.userChoiceDefault)}`,
      `- **When your bookings lose your name:** ${w.retention(privacy.retention)}`,
      '- **Your rights:** you can see, correct and delete your data and object to its use. Under Account → My data you can download everything Deskbook stores about you, or delete your account yourself.',
    ].join('\n'),
    `The full notice follows. It describes how Deskbook is set up for ${w.organization(org)} right now; when a setting it describes changes, a new version is published and you are shown what changed.`,

    '## 1. Who is responsible',
    'Deskbook is the software your employer uses for booking desks. Your employer decides how it is set up and is the controller responsible for the processing described here (GDPR Art. 4(7)).',
    w.controller(org, tenantName).join('\n'),
    w.dpo(org),

    '## 2. Why your data is processed, and on what legal basis',
    [
      '- **To let you book, check in and cancel desks**, and to share the desks of the office among everyone who works there: this is necessary for your employment contract (GDPR Art. 6(1)(b)).',
      '- **To organize the workplaces** — planning how many desks are needed from bookings that no longer name anyone — **and to keep Deskbook secure** (sign-in, two-factor authentication, the audit log): your employer’s legitimate interest in organizing its workplaces and protecting its systems (GDPR Art. 6(1)(f)).',
    ].join('\n'),
    'Deskbook does **not** rely on your consent: between employee and employer, consent is rarely given freely (EDPB Guidelines 05/2020 on consent). When Deskbook asks you to confirm this notice, you confirm only that you have read it.',

    '## 3. What Deskbook stores',
    '### Your account',
    [
      '- your display name, e-mail address, role (employee, facility manager or administrator), interface language, and when the account was created;',
      '- your password only as an argon2id hash — the password itself is never stored;',
      '- while you are invited: a hash of your invitation link.',
    ].join('\n'),
    '### Your bookings',
    [
      '- the desk, start and end, and when you made the booking;',
      '- whether your name may be shown on it (fixed when you book, see section 4);',
      '- when you checked in; for a cancelled booking, when and why (by you, by staff, released because nobody checked in, or because the account was deleted);',
      '- for at most 24 hours: a technical key the app sends so that a repeated request does not book twice; for a few minutes: when you last booked, so that the floor plan shows your new booking at once.',
    ].join('\n'),
    '### Security data',
    [
      '- your sign-in sessions: when you signed in and were last active, your browser’s user-agent string, and when the session expires;',
      '- if you use two-factor authentication: the secret of your authenticator app (encrypted), the last code step used, and your recovery codes (as hashes only);',
      '- failed sign-ins: a counter stored under keyed hashes of the e-mail address and the network (IP) address, never the addresses themselves;',
      '- the audit log: sign-ins and runs of failed sign-ins, password changes, ended sessions, invitations, changes of name or role, deleted accounts, and what staff did (for example cancelling someone’s booking or changing a setting). It names people by an internal id, never by e-mail address or name.',
    ].join('\n'),
    'Deskbook’s own logs contain no IP addresses, user agents, names or e-mail addresses. A web server or proxy in front of Deskbook is run by the operator of this installation and may keep its own access logs.',
    '### Your confirmation of this notice',
    'Which version you confirmed, a fingerprint (SHA-256) of its text, the language, when you confirmed it, and when you took the confirmation back.',

    '## 4. Who can see your bookings',
    w.visibility(privacy.bookingVisibility, privacy.userChoiceDefault),
    w.visibilityCeiling,
    'This rule applies wherever Deskbook shows bookings: on the floor plan, in booking details and in the data export administrators can make. You always see your own bookings.',
    'Facility managers and administrators can cancel any booking; they see who made it only where the rule above allows. Administrators see the accounts of your organization (names, e-mail addresses, roles), the audit log, and who has confirmed which version of this notice.',
    w.analytics(privacy.analyticsMinGroupSize),

    '## 5. How long your data is kept',
    [
      `- **Bookings:** ${w.retention(privacy.retention)} This applies to cancelled bookings too. ${w.retentionKept(privacy.retention)} ${w.sweep}`,
      '- **Your account:** until it is deleted, by you (Account → My data) or by an administrator. Deleting an account removes the link between you and all your bookings at once, whatever the period above, and cancels your future bookings.',
      `- **Sessions:** ${w.sessions}`,
      '- **Two-factor data:** until you turn two-factor authentication off or your account is deleted.',
      '- **Failed sign-in counters:** one hour after the last failed attempt.',
      '- **Audit log:** entries about a booking are deleted when the booking loses its person; entries about you are deleted with your account, and entries about what you did then no longer name you.',
      '- **Confirmations of this notice:** kept as the record of which version you read; once your account is deleted, they no longer name you.',
    ].join('\n'),

    '## 6. Recipients and processors',
    `Within ${w.organization(org)}, your colleagues, facility managers and administrators see what section 4 describes. Processors (service providers that process these data on your employer’s behalf):`,
    w.processors(org).join('\n'),

    '## 7. Transfers to countries outside the EU/EEA',
    w.transfers(org),

    '## 8. How your data is protected',
    [
      `- ${w.twoFactor(privacy.require2fa)}`,
      '- Passwords are stored only as argon2id hashes; the secrets of authenticator apps are encrypted (AES-256-GCM), recovery codes stored only as hashes.',
      '- Each organization’s data are kept apart: every request is limited to the organization of the person who makes it.',
      '- You can end your sessions at any time (Account → Security); repeated failed sign-ins lock the account for a growing time.',
      '- Connections to Deskbook should be encrypted (HTTPS/TLS); the operator of this installation sets this up, and your browser shows whether the connection is secure.',
    ].join('\n'),

    '## 9. Your rights',
    [
      '- **Access (Art. 15):** Account → My data → Download my data gives you a file with everything Deskbook stores about you.',
      `- **Rectification (Art. 16):** you can change your display name and language under Account → Profile; for anything else, contact ${contact}.`,
      '- **Erasure (Art. 17):** Account → My data → Delete my account. Your bookings lose your name at once, future bookings are cancelled, and you can no longer sign in.',
      `- **Restriction (Art. 18) and objection (Art. 21):** you may object, on grounds relating to your particular situation, to processing based on legitimate interest; contact ${contact}.`,
      '- **Portability (Art. 20):** the download is a machine-readable JSON file.',
    ].join('\n'),
    'Taking back your confirmation of this notice deletes nothing and does not make earlier processing unlawful, because the processing does not rest on consent; use the rights above for that.',

    '## 10. Right to lodge a complaint',
    `You may complain to a data protection supervisory authority (GDPR Art. 77), in particular in the EU member state where you live or work or where the alleged infringement took place. Your employer’s country of establishment: ${w.country(org.country)}.`,

    '## 11. Do you have to provide your data?',
    'You need an account to use Deskbook: without your name and e-mail address you cannot sign in or book. The law does not require you to book desks; whether you must book one to work in the office is up to your employer’s workplace rules, not Deskbook.',

    '## 12. Automated decisions',
    'None. Deskbook does not profile you and makes no decisions about you based solely on automated processing (GDPR Art. 22). Booking rules — how far ahead and how long you can book, and releasing a booking nobody checked in to where check-in is required — apply to everyone alike.',

    '## 13. About this notice',
    [
      `Version ${version}, valid from ${w.date(effectiveDate)}.`,
      ...(changeSummary ? [`What changed: ${inline(changeSummary)}`] : version === 1 ? ['This is the first version.'] : []),
    ].join(' '),
    `Deskbook writes this notice from the current settings of ${w.organization(org)}. When one of them changes, a new version is published, and Deskbook shows you what changed the next time you use it.`,
  ];
  return { title, body: `${body.join('\n\n')}\n` };
}
