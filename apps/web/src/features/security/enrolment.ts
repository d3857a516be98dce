import type { Me, Role, TenantSettings } from '../../api/types';
import { HOME_PATH } from '../../lib/paths';
import { safeReturnPath } from '../../lib/return-path';

/** The full-page enrolment screen of people whose organization requires two-factor authentication. */
export const TOTP_SETUP_PATH = '/setup-2fa';

function isSetupPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === TOTP_SETUP_PATH;
}

/**
 * Forced enrolment. While the organization's policy requires two-factor authentication of this person
 * and they have none (`totpEnrollmentRequired`), the API refuses everything but their profile, the 2FA
 * set-up and logout — so the enrolment screen is the only page to show. Once done, the screen sends
 * them on to where they were going (`returnTo`), and nobody else needs it.
 *
 * Returns where to go instead of `pathname`, or null to stay.
 */
export function enrolmentRedirect(me: Pick<Me, 'totpEnrollmentRequired'>, pathname: string, returnTo?: unknown): string | null {
  if (me.totpEnrollmentRequired) return isSetupPath(pathname) ? null : TOTP_SETUP_PATH;
  if (!isSetupPath(pathname)) return null;
  const target = safeReturnPath(returnTo);
  return isSetupPath(new URL(target, 'http://app').pathname) ? HOME_PATH : target;
}

/**
 * Whether the organization's 2FA policy (Settings → Privacy) covers a person with this role: "admins"
 * means the administrators (role tenant_admin), as the settings page labels it. The API decides for
 * real (`totpEnrollmentRequired`); this only lets the interface warn before a change takes effect.
 */
export function policyRequiresTwoFactor(policy: TenantSettings['privacy']['require2fa'], role: Role): boolean {
  return policy === 'everyone' || (policy === 'admins' && role === 'tenant_admin');
}
