import { accountExists } from './account-exists.js';
import type { MailTemplate } from './compose.js';
import { confirmSignup } from './confirm-signup.js';
import { passwordChanged } from './password-changed.js';
import { passwordReset } from './password-reset.js';
import { twoFactorReset } from './two-factor-reset.js';
import { bookingCancelled } from './booking-cancelled.js';
import { bookingConfirmed } from './booking-confirmed.js';
import { invite } from './invite.js';
import { noticePublished } from './notice-published.js';

/**
 * Every message Deskbook sends, by name: the one place templates are kept. A new message is a new
 * file in this folder (texts in English and German) and a line here, under the template's name.
 */
export const TEMPLATES = {
  'confirm-signup': confirmSignup,
  'account-exists': accountExists,
  'password-reset': passwordReset,
  'password-changed': passwordChanged,
  'two-factor-reset': twoFactorReset,
  invite,
  'notice-published': noticePublished,
  'booking-confirmed': bookingConfirmed,
  'booking-cancelled': bookingCancelled,
} as const satisfies Record<string, MailTemplate<never>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateParams<T extends TemplateName> = (typeof TEMPLATES)[T] extends MailTemplate<infer P> ? P : never;
