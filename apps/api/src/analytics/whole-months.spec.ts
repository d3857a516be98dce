import { describe, expect, it } from 'vitest';
import { wholeMonths } from './local-days.js';

describe('the whole months of a range (desk totals read them from utilization_desk_months)', () => {
  it.each([
    ['2026-01-01', '2026-12-31', { first: '2026-01', last: '2026-12' }],
    ['2025-12-07', '2026-12-06', { first: '2026-01', last: '2026-11' }],
    ['2026-02-01', '2026-02-28', { first: '2026-02', last: '2026-02' }],
    ['2024-02-01', '2024-02-28', null], // a leap year: the 29th is still to come
    ['2026-03-02', '2026-04-30', { first: '2026-04', last: '2026-04' }],
    ['2026-03-02', '2026-04-29', null],
    ['2026-12-15', '2027-01-31', { first: '2027-01', last: '2027-01' }],
  ])('%s … %s', (from, to, months) => {
    expect(wholeMonths(from, to)).toEqual(months);
  });
});
