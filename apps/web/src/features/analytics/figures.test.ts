import { describe, expect, it } from 'vitest';
import { figureOf, formatPercent, formatPeriod, percentPoint, rightSizingOf } from './figures';
import { occupancyBand } from './occupancy-scale';

describe('figures that may be withheld', () => {
  it('tells a withheld figure (its row is suppressed) from one with nothing to compute it from', () => {
    expect(figureOf(0.42, false)).toEqual({ kind: 'value', value: 0.42 });
    expect(figureOf(null, true)).toEqual({ kind: 'withheld' });
    expect(figureOf(null, false)).toEqual({ kind: 'none' });
  });

  it('keeps a real 0 a value, even in a row with other figures withheld', () => {
    expect(figureOf(0, true)).toEqual({ kind: 'value', value: 0 });
  });

  it('plots a withheld rate as a gap, never as 0', () => {
    expect(percentPoint(null)).toBeNull();
    expect(percentPoint(0.4237)).toBe(42.4);
  });

  it('colours a withheld figure neutral, apart from a real 0 %', () => {
    expect(occupancyBand(null, true)).toBe('withheld');
    expect(occupancyBand(null, false)).toBe('none');
    expect(occupancyBand(0, false)).toBe('band0');
    expect(occupancyBand(0.2, false)).toBe('band1');
    expect(occupancyBand(0.79, false)).toBe('band3');
    expect(occupancyBand(1, false)).toBe('band4');
  });

  it('shows the right-sizing sentence only when both desk counts may be shown', () => {
    expect(rightSizingOf({ max: 41, p95: 34 }, 60)).toEqual({ max: 41, p95: 34, bookable: 60 });
    expect(rightSizingOf({ max: null, p95: null }, 60)).toBeNull();
    expect(rightSizingOf({ max: 4, p95: null }, 60)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes rates in whole percent, with one decimal below 10 % so a small rate never reads 0 %', () => {
    expect(formatPercent(0.4237, 'en')).toBe('42%');
    expect(formatPercent(0.004, 'en')).toBe('0.4%');
    expect(formatPercent(0, 'en')).toBe('0%');
    // German puts a no-break space before the sign, so "50 %" never wraps.
    expect(formatPercent(0.5, 'de')).toBe('50\u00A0%');
  });

  it('labels trend periods by day or month in the reader’s language', () => {
    expect(formatPeriod('2026-03-02', 'day', 'en')).toBe('Mar 2');
    expect(formatPeriod('2026-03-02', 'week', 'de')).toBe('2. März');
    expect(formatPeriod('2026-03-01', 'month', 'en')).toBe('Mar 2026');
  });
});
