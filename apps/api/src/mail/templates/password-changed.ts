import { defineTemplate, note, paragraph } from './compose.js';

/** After a reset by e-mail link: the owner hears of it, in case it was not them. */
export const passwordChanged = defineTemplate<{ displayName: string }>('password-changed', {
  en: (p) => ({
    subject: 'Your Deskbook password was changed',
    greeting: `Hello ${p.displayName},`,
    blocks: [
      paragraph('The password of your Deskbook account was just changed with a reset link. You were signed out on every device.'),
      note('If this was not you, reset your password again from the login page at once and tell your administrator.'),
    ],
  }),
  de: (p) => ({
    subject: 'Ihr Deskbook-Passwort wurde geändert',
    greeting: `Hallo ${p.displayName},`,
    blocks: [
      paragraph(
        'Das Passwort Ihres Deskbook-Kontos wurde soeben über einen Link zum Zurücksetzen geändert. Sie wurden auf allen Geräten abgemeldet.',
      ),
      note(
        'Wenn Sie das nicht waren, setzen Sie Ihr Passwort sofort über die Anmeldeseite erneut zurück und informieren Sie Ihre Administrator:in.',
      ),
    ],
  }),
});
