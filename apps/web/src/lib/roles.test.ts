import { describe, expect, it } from 'vitest';
import { canEditPlaces } from './roles';

describe('canEditPlaces', () => {
  it('lets facility managers and admins edit places, not employees', () => {
    expect(canEditPlaces('facility_manager')).toBe(true);
    expect(canEditPlaces('tenant_admin')).toBe(true);
    expect(canEditPlaces('employee')).toBe(false);
  });
});
