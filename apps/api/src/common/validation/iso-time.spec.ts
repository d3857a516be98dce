import { describe, expect, it } from 'vitest';
import { isIsoTimeWithOffset } from './iso-time.js';

describe('isIsoTimeWithOffset', () => {
  it.each([
    '2026-03-02T08:00:00Z',
    '2026-03-02T08:00Z',
    '2026-03-02T08:00:00.123Z',
    '2026-03-02T09:00:00+01:00',
    '2026-03-02T03:00:00-05:00',
  ])('accepts %s', (value) => {
    expect(isIsoTimeWithOffset(value)).toBe(true);
  });

  it.each([
    ['a time without an offset', '2026-03-02T08:00:00'],
    ['a date alone', '2026-03-02'],
    ['a space for the T', '2026-03-02 08:00:00Z'],
    ['a day that does not exist', '2026-02-31T08:00:00Z'],
    ['an hour that does not exist', '2026-03-02T25:00:00Z'],
    ['an offset without a colon', '2026-03-02T08:00:00+0100'],
    ['words', 'tomorrow'],
    ['a number', 1772524800000],
  ])('refuses %s', (_what, value) => {
    expect(isIsoTimeWithOffset(value)).toBe(false);
  });
});
