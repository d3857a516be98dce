import { action, defineTemplate, note, paragraph } from './compose.js';

/** Sign-up: the address must be confirmed before the tenant and the account exist. */
export const confirmSignup = defineTemplate<{ displayName: string; tenantName: string; link: string; validHours: string }>(
  'confirm-signup',
  {
    en: (p) => ({
      subject: 'Confirm your e-mail address for Deskbook',
      greeting: `Hello ${p.displayName},`,
      blocks: [
        paragraph(`Confirm your address to finish setting up Deskbook for ${p.tenantName}.`),
        action('Confirm e-mail address', p.link),
        note(`The link works for ${p.validHours} hours. If you did not sign up, ignore this message: nothing is created without it.`),
      ],
    }),
    de: (p) => ({
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Deskbook',
      greeting: `Hallo ${p.displayName},`,
      blocks: [
        paragraph(`Bestätigen Sie Ihre Adresse, um Deskbook für ${p.tenantName} einzurichten.`),
        action('E-Mail-Adresse bestätigen', p.link),
        note(
          `Der Link gilt ${p.validHours} Stunden. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht: Ohne Bestätigung wird nichts angelegt.`,
        ),
      ],
    }),
  },
);
