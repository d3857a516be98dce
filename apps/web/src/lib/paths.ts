/** The app's addresses that features link to; the routes themselves are wired in app/routing. */
export const HOME_PATH = '/book';
export const MY_BOOKINGS_PATH = '/bookings';
export const FLOOR_PLANS_PATH = '/floor-plans';
/** Part of "Account" in the navigation: two-factor authentication, password, signed-in devices. */
export const SECURITY_PATH = '/account/security';
/** Part of "Account" too: what is stored about the person, its download, and deleting the account. */
export const MY_DATA_PATH = '/account/data';
