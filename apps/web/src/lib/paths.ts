/** The app's addresses that features link to; the routes themselves are wired in app/routing. */
export const HOME_PATH = '/book';
export const MY_BOOKINGS_PATH = '/bookings';
/** What a desk's printed QR code opens (the API writes the same address: `${PUBLIC_URL}/d/${token}`). */
export const WALK_UP_PATH = '/d/:token';
/** Find a colleague: where people sit on a day, within the organization's visibility rules. */
export const COLLEAGUES_PATH = '/colleagues';
export const FLOOR_PLANS_PATH = '/floor-plans';
/** Utilization analytics (facility managers and tenant admins). */
export const ANALYTICS_PATH = '/analytics';
/** Part of "Account" in the navigation: two-factor authentication, password, signed-in devices. */
export const SECURITY_PATH = '/account/security';
/** Part of "Account" too: what is stored about the person, its download, and deleting the account. */
export const MY_DATA_PATH = '/account/data';
/** Part of "Account" too: the privacy notice, the person's acceptance of it, and withdrawing it. */
export const PRIVACY_PATH = '/account/privacy';
/** The tenant admin's page for the privacy notice: mode, preview, publishing, versions, compliance documents. */
export const NOTICE_ADMIN_PATH = '/admin/privacy-notice';
/** The Settings page's organization section (legal name, contacts, processors) that the notice describes. */
export const SETTINGS_ORGANIZATION_PATH = '/admin/settings#organization';
