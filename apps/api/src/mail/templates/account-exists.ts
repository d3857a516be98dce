import { action, defineTemplate, note, paragraph } from './compose.js';

/**
 * Sign-up with an address that already has an account. The sign-up answers exactly as for a new
 * address (no enumeration); only the address's owner learns, here, that the account exists.
 */
export const accountExists = defineTemplate<{ displayName: string; loginLink: string; resetLink: string }>('account-exists', {
  en: (p) => ({
    subject: 'You already have a Deskbook account',
    greeting: `Hello ${p.displayName},`,
    blocks: [
      paragraph(
        'Someone, probably you, tried to sign up for Deskbook with this address. It already has an account, so nothing new was created.',
      ),
      action('Log in', p.loginLink),
      paragraph(`Forgot your password? Reset it here: ${p.resetLink}`),
      note('If this was not you, you can ignore this message. Your account has not changed.'),
    ],
  }),
  de: (p) => ({
    subject: 'Sie haben bereits ein Deskbook-Konto',
    greeting: `Hallo ${p.displayName},`,
    blocks: [
      paragraph(
        'Jemand, vermutlich Sie, wollte sich mit dieser Adresse bei Deskbook registrieren. Zu dieser Adresse gibt es bereits ein Konto, deshalb wurde nichts Neues angelegt.',
      ),
      action('Anmelden', p.loginLink),
      paragraph(`Passwort vergessen? Hier setzen Sie es zurück: ${p.resetLink}`),
      note('Wenn Sie das nicht waren, können Sie diese Nachricht ignorieren. Ihr Konto ist unverändert.'),
    ],
  }),
});
