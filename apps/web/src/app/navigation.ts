import type { Role } from '../api/types';
import { ANALYTICS_PATH, COLLEAGUES_PATH, FLOOR_PLANS_PATH, HOME_PATH, MY_BOOKINGS_PATH, NOTICE_ADMIN_PATH } from '../lib/paths';
import { ADMINS, EDITORS, EVERYONE } from '../lib/roles';

export type NavItemId =
  'book' | 'myBookings' | 'colleagues' | 'floorPlans' | 'analytics' | 'account' | 'users' | 'settings' | 'notice' | 'audit';

export interface NavItem {
  id: NavItemId;
  path: string;
  /** Roles that may open the page; the API enforces the same, this only keeps the menu honest. */
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'book', path: HOME_PATH, roles: EVERYONE },
  { id: 'myBookings', path: MY_BOOKINGS_PATH, roles: EVERYONE },
  { id: 'colleagues', path: COLLEAGUES_PATH, roles: EVERYONE },
  { id: 'floorPlans', path: FLOOR_PLANS_PATH, roles: EDITORS },
  { id: 'analytics', path: ANALYTICS_PATH, roles: EDITORS },
  { id: 'users', path: '/admin/users', roles: ADMINS },
  { id: 'settings', path: '/admin/settings', roles: ADMINS },
  { id: 'notice', path: NOTICE_ADMIN_PATH, roles: ADMINS },
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
