export const ROLES = ['employee', 'facility_manager', 'tenant_admin'] as const;
export type Role = (typeof ROLES)[number];
