import { describe, expect, it } from 'vitest';
import { navItemsForRole, rolesForNavItem } from './navigation';

const ids = (role: Parameters<typeof navItemsForRole>[0]) => navItemsForRole(role).map((item) => item.id);

describe('navItemsForRole', () => {
  it('shows employees Book, My bookings, Colleagues and Account', () => {
    expect(ids('employee')).toEqual(['book', 'myBookings', 'colleagues', 'account']);
  });

  it('shows facility managers the floor plans and analytics, but no admin pages', () => {
    expect(ids('facility_manager')).toEqual(['book', 'myBookings', 'colleagues', 'floorPlans', 'analytics', 'account']);
  });

  it('shows tenant admins floor plans, analytics, Users, Settings, Privacy notice and Audit log as well', () => {
    expect(ids('tenant_admin')).toEqual([
      'book',
      'myBookings',
      'colleagues',
      'floorPlans',
      'analytics',
      'users',
      'settings',
      'notice',
      'audit',
      'account',
    ]);
  });
});

describe('rolesForNavItem', () => {
  it('restricts admin pages to tenant admins', () => {
    expect(rolesForNavItem('users')).toEqual(['tenant_admin']);
    expect(rolesForNavItem('audit')).toEqual(['tenant_admin']);
    expect(rolesForNavItem('notice')).toEqual(['tenant_admin']);
  });
});
