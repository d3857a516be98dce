import { describe, expect, it } from 'vitest';
import type { User } from './entities/user.entity.js';
import { removesLastAdmin } from './last-admin.js';

const admin = { role: 'tenant_admin', passwordHash: 'hash' } as User;
const invitedAdmin = { role: 'tenant_admin', passwordHash: null } as User;
const employee = { role: 'employee', passwordHash: 'hash' } as User;

describe('removesLastAdmin', () => {
  it('blocks demoting or deleting the only active admin', () => {
    expect(removesLastAdmin(admin, 'employee', 1)).toBe(true);
    expect(removesLastAdmin(admin, null, 1)).toBe(true);
  });
  it('allows it when another active admin remains', () => {
    expect(removesLastAdmin(admin, 'employee', 2)).toBe(false);
  });
  it('allows keeping the role and changing others', () => {
    expect(removesLastAdmin(admin, 'tenant_admin', 1)).toBe(false);
    expect(removesLastAdmin(employee, null, 1)).toBe(false);
    expect(removesLastAdmin(invitedAdmin, null, 1)).toBe(false);
  });
});
