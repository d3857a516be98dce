import { describe, expect, it } from 'vitest';
import { navItemsForRole, rolesForNavItem } from './navigation';

const ids = (role: Parameters<typeof navItemsForRole>[0]) => navItemsForRole(role).map((item) => item.id);

describe('navItemsForRole', () => {
  it('shows employees only Book and Account', () => {
    expect(ids('employee')).toEqual(['book', 'account']);
  });

  it('shows facility managers no admin pages (yet)', () => {
    expect(ids('facility_manager')).toEqual(['book', 'account']);
  });

  it('shows tenant admins Users, Settings and Audit log as well', () => {
    expect(ids('tenant_admin')).toEqual(['book', 'users', 'settings', 'audit', 'account']);
  });
});

describe('rolesForNavItem', () => {
  it('restricts admin pages to tenant admins', () => {
    expect(rolesForNavItem('users')).toEqual(['tenant_admin']);
    expect(rolesForNavItem('audit')).toEqual(['tenant_admin']);
  });
});
