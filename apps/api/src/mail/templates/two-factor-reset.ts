import { action, defineTemplate, note, paragraph } from './compose.js';

/** An admin removed the person's second factor (lost phone and recovery codes). */
export const twoFactorReset = defineTemplate<{ displayName: string; loginLink: string }>('two-factor-reset', {
  en: (p) => ({
    subject: 'Your two-factor authentication was reset',
    greeting: `Hello ${p.displayName},`,
    blocks: [
      paragraph(
        'An administrator of your organization reset the two-factor authentication of your Deskbook account: your authenticator app and your recovery codes no longer work, and you were signed out on every device.',
      ),
      paragraph('Log in with your password. If your organization requires two-factor authentication, you set it up again right away.'),
      action('Log in', p.loginLink),
      note('If you did not ask for this, tell your administrator at once.'),
    ],
  }),
  de: (p) => ({
    subject: 'Ihre Zwei-Faktor-Authentifizierung wurde zurückgesetzt',
    greeting: `Hallo ${p.displayName},`,
    blocks: [
      paragraph(
        'Eine Administrator:in Ihrer Organisation hat die Zwei-Faktor-Authentifizierung Ihres Deskbook-Kontos zurückgesetzt: Ihre Authenticator-App und Ihre Wiederherstellungscodes funktionieren nicht mehr, und Sie wurden auf allen Geräten abgemeldet.',
      ),
      paragraph(
        'Melden Sie sich mit Ihrem Passwort an. Verlangt Ihre Organisation die Zwei-Faktor-Authentifizierung, richten Sie sie gleich neu ein.',
      ),
      action('Anmelden', p.loginLink),
      note('Wenn Sie das nicht veranlasst haben, informieren Sie sofort Ihre Administrator:in.'),
    ],
  }),
});
