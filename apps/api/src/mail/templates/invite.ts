import { action, defineTemplate, note, paragraph } from './compose.js';
import { formatMoment } from './mail-dates.js';

/** An invitation to a tenant (POST /users, and resent from the Users page): the link to choose a password. */
export const invite = defineTemplate<{ displayName: string; inviterName: string; tenantName: string; link: string; expiresAt: string }>(
  'invite',
  {
    en: (p) => ({
      subject: `${p.inviterName} invited you to Deskbook at ${p.tenantName}`,
      greeting: `Hello ${p.displayName},`,
      blocks: [
        paragraph(`${p.inviterName} invited you to book desks with Deskbook at ${p.tenantName}. Choose a password to get started.`),
        action('Accept the invitation', p.link),
        note(
          `The link works once, until ${formatMoment(p.expiresAt, 'en')}. If you did not expect this invitation, ignore this message: no account is created without you.`,
        ),
      ],
    }),
    de: (p) => ({
      subject: `${p.inviterName} hat Sie zu Deskbook bei ${p.tenantName} eingeladen`,
      greeting: `Hallo ${p.displayName},`,
      blocks: [
        paragraph(
          `${p.inviterName} hat Sie eingeladen, bei ${p.tenantName} Arbeitsplätze mit Deskbook zu buchen. Wählen Sie ein Passwort, um loszulegen.`,
        ),
        action('Einladung annehmen', p.link),
        note(
          `Der Link funktioniert einmal, bis ${formatMoment(p.expiresAt, 'de')}. Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht: Ohne Sie wird kein Konto angelegt.`,
        ),
      ],
    }),
  },
);
