import { describe, expect, it } from 'vitest';
import { blockDays, blockSpan, MAX_BLOCK_DAYS } from './block-days.js';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('blockSpan', () => {
  it('covers local midnight to midnight in the location’s time zone', () => {
    expect(blockSpan('2026-12-24', '2026-12-24', 'Europe/Berlin', NOW)).toEqual({
      startsAt: new Date('2026-12-23T23:00:00Z'),
      endsAt: new Date('2026-12-24T23:00:00Z'),
    });
    expect(blockSpan('2026-12-24', '2026-12-26', 'UTC', NOW)).toEqual({
      startsAt: new Date('2026-12-24T00:00:00Z'),
      endsAt: new Date('2026-12-27T00:00:00Z'),
    });
  });

  it('keeps a daylight-saving day at its 23 hours', () => {
    const span = blockSpan('2027-03-28', '2027-03-28', 'Europe/Berlin', NOW);
    expect(span).toEqual({ startsAt: new Date('2027-03-27T23:00:00Z'), endsAt: new Date('2027-03-28T22:00:00Z') });
  });

  it('refuses unreadable dates, a reversed range, more than a year and a range wholly in the past', () => {
    expect(blockSpan('2026-13-01', '2026-12-24', 'UTC', NOW)).toMatchObject({ field: 'from' });
    expect(blockSpan('2026-12-24', '24.12.2026', 'UTC', NOW)).toMatchObject({ field: 'to' });
    expect(blockSpan('2026-12-24', '2026-12-23', 'UTC', NOW)).toMatchObject({ field: 'to', message: 'to must not be before from' });
    expect(blockSpan('2027-01-01', '2028-01-02', 'UTC', NOW)).toMatchObject({ field: 'to' });
    expect(blockSpan('2027-01-01', '2028-01-01', 'UTC', NOW)).not.toHaveProperty('field');
    expect(MAX_BLOCK_DAYS).toBe(366);
    expect(blockSpan('2026-11-01', '2026-11-30', 'UTC', NOW)).toMatchObject({ field: 'to', message: 'the dates are in the past' });
  });

  it('accepts a range that started in the past and is still running', () => {
    expect(blockSpan('2026-11-30', '2026-12-01', 'UTC', NOW)).not.toHaveProperty('field');
  });
});

describe('blockDays', () => {
  it('gives back the local days a span was made from', () => {
    const span = blockSpan('2026-12-24', '2026-12-26', 'Europe/Berlin', NOW);
    if ('field' in span) throw new Error('unexpected');
    expect(blockDays(span, 'Europe/Berlin')).toEqual({ from: '2026-12-24', to: '2026-12-26' });
  });
});
