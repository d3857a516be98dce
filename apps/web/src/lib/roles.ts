import type { Role } from '../api/types';

/** Who may open which part of the app; the API enforces the same, this only keeps the interface honest. */
export const EVERYONE: readonly Role[] = ['employee', 'facility_manager', 'tenant_admin'];
export const EDITORS: readonly Role[] = ['facility_manager', 'tenant_admin'];
export const ADMINS: readonly Role[] = ['tenant_admin'];

/** Whether this role may edit locations, floors and desks (the floor editor). */
export function canEditPlaces(role: Role): boolean {
  return EDITORS.includes(role);
}
