import { describe, expect, it } from 'vitest';
import type { DeskAvailability } from '../../api/types';
import { amenitiesOf, filterDesks, inLabelOrder, isFiltering, NO_FILTER, sortDesks, zonesOf } from './desk-list';

const desk = (label: string, overrides: Partial<DeskAvailability> = {}): DeskAvailability => ({
  deskId: label,
  label,
  x: 0,
  y: 0,
  zone: null,
  amenities: [],
  bookable: true,
  status: 'free',
  bookings: [],
  ...overrides,
});

const desks = [
  desk('D10', { zone: 'Quiet', amenities: ['monitor', 'standing'] }),
  desk('D2', { zone: 'Team', amenities: ['monitor'], status: 'booked' }),
  desk('D1', { status: 'mine' }),
  desk('D3', { zone: 'Quiet', status: 'unavailable', bookable: false }),
];
const labels = (list: DeskAvailability[]) => list.map((d) => d.label);

describe('filterDesks', () => {
  it('keeps everything without filters', () => {
    expect(labels(filterDesks(desks, NO_FILTER))).toEqual(['D10', 'D2', 'D1', 'D3']);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by zone, by all chosen amenities, and to free desks', () => {
    expect(labels(filterDesks(desks, { ...NO_FILTER, zone: 'Quiet' }))).toEqual(['D10', 'D3']);
    expect(labels(filterDesks(desks, { ...NO_FILTER, amenities: ['monitor'] }))).toEqual(['D10', 'D2']);
    expect(labels(filterDesks(desks, { ...NO_FILTER, amenities: ['monitor', 'standing'] }))).toEqual(['D10']);
    expect(labels(filterDesks(desks, { ...NO_FILTER, onlyFree: true }))).toEqual(['D10']);
    expect(isFiltering({ ...NO_FILTER, onlyFree: true })).toBe(true);
  });
});

describe('zonesOf and amenitiesOf', () => {
  it('lists each once, sorted', () => {
    expect(zonesOf(desks, 'en')).toEqual(['Quiet', 'Team']);
    expect(amenitiesOf(desks, 'en')).toEqual(['monitor', 'standing']);
  });
});

describe('inLabelOrder', () => {
  it('puts markers in natural order (D1, D2, D10), which is their tab order on the map', () => {
    expect(labels(inLabelOrder(desks, 'en'))).toEqual(['D1', 'D2', 'D3', 'D10']);
    expect(inLabelOrder([{ label: 'Window 12' }, { label: 'window 3' }], 'de').map((d) => d.label)).toEqual(['window 3', 'Window 12']);
  });
});

describe('sortDesks', () => {
  it('sorts labels naturally', () => {
    expect(labels(sortDesks(desks, { key: 'label', direction: 'asc' }, 'en'))).toEqual(['D1', 'D2', 'D3', 'D10']);
    expect(labels(sortDesks(desks, { key: 'label', direction: 'desc' }, 'en'))).toEqual(['D10', 'D3', 'D2', 'D1']);
  });

  it('puts desks without a zone last and sorts ties by label', () => {
    expect(labels(sortDesks(desks, { key: 'zone', direction: 'asc' }, 'en'))).toEqual(['D3', 'D10', 'D2', 'D1']);
  });

  it('sorts statuses in legend order, free first', () => {
    expect(labels(sortDesks(desks, { key: 'status', direction: 'asc' }, 'en'))).toEqual(['D10', 'D2', 'D1', 'D3']);
  });
});
