import { DomainError } from '../common/errors/domain-error.js';
import type { SsoRefusal } from './account-resolution.js';

/**
 * Why a single sign-on ended without a session. The callback never answers with these: it sends the
 * browser to `/login?sso_error=<code>`, where the web app words them.
 */
export const ssoStateInvalid = () =>
  new DomainError(400, 'SSO_STATE_INVALID', 'The sign-in took too long or was started in another browser. Please try again.');
export const ssoFailed = () => new DomainError(400, 'SSO_FAILED', 'Single sign-on did not succeed');

const refusals: Record<SsoRefusal, () => DomainError> = {
  SSO_EMAIL_UNVERIFIED: () => new DomainError(403, 'SSO_EMAIL_UNVERIFIED', 'Your identity provider has not verified your e-mail address'),
  SSO_DOMAIN_NOT_ALLOWED: () =>
    new DomainError(403, 'SSO_DOMAIN_NOT_ALLOWED', "Your e-mail address is not in one of your organization's single sign-on domains"),
  ACCOUNT_EXISTS: () =>
    new DomainError(409, 'ACCOUNT_EXISTS', 'This e-mail address already has a Deskbook account in another organization'),
};

export const ssoRefused = (code: SsoRefusal): DomainError => refusals[code]();

/** The codes the login page may be sent back with. */
export const SSO_REDIRECT_CODES = [
  'SSO_FAILED',
  'SSO_STATE_INVALID',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'ACCOUNT_EXISTS',
] as const;
