import { action, defineTemplate, note, paragraph } from './compose.js';

/** A link to choose a new password, asked for on the login page. */
export const passwordReset = defineTemplate<{ displayName: string; link: string; validMinutes: string }>('password-reset', {
  en: (p) => ({
    subject: 'Reset your Deskbook password',
    greeting: `Hello ${p.displayName},`,
    blocks: [
      paragraph('Someone, hopefully you, asked to reset the password of your Deskbook account.'),
      action('Choose a new password', p.link),
      note(
        `The link works once and for ${p.validMinutes} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
      ),
    ],
  }),
  de: (p) => ({
    subject: 'Setzen Sie Ihr Deskbook-Passwort zurück',
    greeting: `Hallo ${p.displayName},`,
    blocks: [
      paragraph('Jemand, hoffentlich Sie, möchte das Passwort Ihres Deskbook-Kontos zurücksetzen.'),
      action('Neues Passwort wählen', p.link),
      note(
        `Der Link gilt einmal und ${p.validMinutes} Minuten lang. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.`,
      ),
    ],
  }),
});
