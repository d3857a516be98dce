import type { Role } from '../api/types';

export type NavItemId = 'book' | 'myBookings' | 'floorPlans' | 'account' | 'users' | 'settings' | 'audit';

export interface NavItem {
  id: NavItemId;
  path: string;
  /** Roles that may open the page; the API enforces the same, this only keeps the menu honest. */
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['employee', 'facility_manager', 'tenant_admin'];
const EDITORS: readonly Role[] = ['facility_manager', 'tenant_admin'];
const ADMINS: readonly Role[] = ['tenant_admin'];

export const HOME_PATH = '/book';
export const MY_BOOKINGS_PATH = '/bookings';
export const FLOOR_PLANS_PATH = '/floor-plans';
/** Part of "Account" in the navigation: two-factor authentication, password, signed-in devices. */
export const SECURITY_PATH = '/account/security';
/** Part of "Account" too: what is stored about the person, its download, and deleting the account. */
export const MY_DATA_PATH = '/account/data';

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'book', path: HOME_PATH, roles: EVERYONE },
  { id: 'myBookings', path: MY_BOOKINGS_PATH, roles: EVERYONE },
  { id: 'floorPlans', path: FLOOR_PLANS_PATH, roles: EDITORS },
  { id: 'users', path: '/admin/users', roles: ADMINS },
  { id: 'settings', path: '/admin/settings', roles: ADMINS },
  { id: 'audit', path: '/admin/audit', roles: ADMINS },
  { id: 'account', path: '/account', roles: EVERYONE },
];

/** The navigation entries a person with this role may use, in menu order. */
export function navItemsForRole(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export function rolesForNavItem(id: NavItemId): readonly Role[] {
  return NAV_ITEMS.find((item) => item.id === id)?.roles ?? [];
}

/** Whether this role may edit locations, floors and desks (the floor editor). */
export function canEditPlaces(role: Role): boolean {
  return rolesForNavItem('floorPlans').includes(role);
}
