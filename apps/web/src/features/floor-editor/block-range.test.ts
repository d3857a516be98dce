import { describe, expect, it } from 'vitest';
import { blockBody, blockedDeskLabels, blockFormProblem, blockRangeLabel, bookingsInBlock } from './block-range';

describe('blockRangeLabel', () => {
  it('names one day with its weekday, and a range as the locale writes ranges', () => {
    expect(blockRangeLabel('2026-12-24', '2026-12-24', 'en-US', 2026)).toBe('Thu, Dec 24');
    expect(blockRangeLabel('2026-12-24', '2026-12-26', 'en-US', 2026)).toMatch(/^Dec 24\s?–\s?26$/);
    expect(blockRangeLabel('2026-12-24', '2026-12-26', 'de-DE', 2026)).toMatch(/^24\.\s?–\s?26\. Dez\.?$/);
  });

  it('adds the year when the range is not in this year', () => {
    expect(blockRangeLabel('2026-12-28', '2027-01-02', 'en-US', 2026)).toMatch(/2026.*2027/);
    expect(blockRangeLabel('2027-03-01', '2027-03-01', 'en-US', 2026)).toBe('Mon, Mar 1, 2027');
  });
});

describe('blockedDeskLabels', () => {
  const desks = [
    { id: 'a', label: 'D10' },
    { id: 'b', label: 'D2' },
  ];
  it('is null for a whole floor, else the labels in natural order', () => {
    expect(blockedDeskLabels(null, desks)).toBeNull();
    expect(blockedDeskLabels(['a', 'b'], desks)).toEqual(['D2', 'D10']);
    expect(blockedDeskLabels(['gone'], desks)).toEqual(['?']);
  });
});

describe('the block form', () => {
  const form = { wholeFloor: true, deskIds: [], from: '2026-12-24', to: '2026-12-26', reason: ' Cleaning ' };
  it('names the first problem', () => {
    expect(blockFormProblem(form)).toBeNull();
    expect(blockFormProblem({ ...form, wholeFloor: false })).toBe('desks');
    expect(blockFormProblem({ ...form, from: '' })).toBe('from');
    expect(blockFormProblem({ ...form, to: '' })).toBe('to');
    expect(blockFormProblem({ ...form, to: '2026-12-23' })).toBe('order');
    expect(blockFormProblem({ ...form, reason: '   ' })).toBe('reason');
  });

  it('sends desks only when not the whole floor, and the reason trimmed', () => {
    expect(blockBody(form)).toEqual({ from: '2026-12-24', to: '2026-12-26', reason: 'Cleaning' });
    expect(blockBody({ ...form, wholeFloor: false, deskIds: ['a', 'a', 'b'] })).toEqual({
      from: '2026-12-24',
      to: '2026-12-26',
      reason: 'Cleaning',
      deskIds: ['a', 'b'],
    });
  });
});

describe('bookingsInBlock', () => {
  it('reads the listed bookings and ignores anything else', () => {
    const booking = { id: 'b1', deskId: 'd1', deskLabel: 'D1', startsAt: '2026-12-24T08:00:00Z', endsAt: '2026-12-24T09:00:00Z' };
    expect(bookingsInBlock({ bookings: [booking, { id: 3 }] })).toEqual([booking]);
    expect(bookingsInBlock(undefined)).toEqual([]);
    expect(bookingsInBlock({ bookings: 'x' })).toEqual([]);
  });
});
