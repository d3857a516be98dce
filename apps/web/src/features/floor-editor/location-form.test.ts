import { describe, expect, it } from 'vitest';
import type { OfficeLocation } from '../../api/types';
import { checkDayHours, locationFormValues, openingHoursOf, timeZoneOptions } from './location-form';

const berlin: OfficeLocation = {
  id: 'l-1',
  name: 'Berlin HQ',
  address: 'Invalidenstraße 1',
  timezone: 'Europe/Berlin',
  openingHours: {
    mon: { open: '07:00', close: '20:00' },
    tue: { open: '07:00', close: '20:00' },
    wed: null,
    thu: { open: '00:00', close: '24:00' },
    fri: { open: '07:00', close: '16:00' },
    sat: null,
    sun: null,
  },
};

describe('location form', () => {
  it('starts a new location on Monday to Friday, 08:00–18:00, in the given zone', () => {
    const values = locationFormValues(null, 'Europe/Vienna');
    expect(values).toMatchObject({ name: '', address: '', timezone: 'Europe/Vienna' });
    expect(values.hours.mon).toEqual({ open: true, from: '08:00', to: '18:00' });
    expect(values.hours.sun.open).toBe(false);
  });

  it('round-trips the opening hours of a location', () => {
    expect(openingHoursOf(locationFormValues(berlin, 'UTC'))).toEqual(berlin.openingHours);
  });

  it('sends closed days as null', () => {
    const values = locationFormValues(berlin, 'UTC');
    values.hours.mon.open = false;
    expect(openingHoursOf(values).mon).toBeNull();
  });

  it('checks times and that closing comes after opening', () => {
    expect(checkDayHours({ open: true, from: '08:00', to: '24:00' })).toBeNull();
    expect(checkDayHours({ open: true, from: '8', to: '18:00' })).toEqual({ field: 'from', key: 'validation.timeOfDay' });
    expect(checkDayHours({ open: true, from: '08:00', to: '25:00' })).toEqual({ field: 'to', key: 'validation.timeOfDay' });
    expect(checkDayHours({ open: true, from: '18:00', to: '08:00' })).toEqual({ field: 'to', key: 'validation.closesAfterOpening' });
    expect(checkDayHours({ open: false, from: 'nonsense', to: '' })).toBeNull();
  });

  it('offers UTC among the time zones', () => {
    const zones = timeZoneOptions();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Berlin');
  });
});
