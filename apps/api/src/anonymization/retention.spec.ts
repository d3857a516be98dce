import { describe, expect, it } from 'vitest';
import { dueCutoff, isDue } from './retention.js';

const now = new Date('2026-11-23T12:00:00.000Z');

describe('retention', () => {
  it('puts the cutoff afterDays whole days before now', () => {
    expect(dueCutoff(now, 30).toISOString()).toBe('2026-10-24T12:00:00.000Z');
    expect(dueCutoff(now, 0)).toEqual(now);
  });

  it('makes a booking due exactly when endsAt + afterDays reaches now, not a millisecond earlier', () => {
    const boundary = new Date('2026-10-24T12:00:00.000Z');
    expect(isDue(boundary, now, 30)).toBe(true);
    expect(isDue(new Date(boundary.getTime() + 1), now, 30)).toBe(false);
    expect(isDue(new Date(boundary.getTime() - 1), now, 30)).toBe(true);
  });

  it('with 0 days makes a booking due as soon as it ended', () => {
    expect(isDue(now, now, 0)).toBe(true);
    expect(isDue(new Date(now.getTime() + 1), now, 0)).toBe(false);
  });
});
