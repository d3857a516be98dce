import { describe, expect, it } from 'vitest';
import { rankedDesks, topDeskBars } from './desk-ranking';
import type { DeskFigures } from './types';

function desk(label: string, rank: number | null, occupancyRate: number | null): DeskFigures {
  const suppressed = rank === null;
  return {
    deskId: `d-${label}`,
    label,
    zone: null,
    x: 0,
    y: 0,
    bookable: true,
    rank,
    bookings: suppressed ? null : 9,
    bookedHours: suppressed ? null : 20,
    occupancyRate,
    suppressed,
  };
}

describe('desk ranking', () => {
  const desks = [desk('D3', null, null), desk('D2', 2, 0.3), desk('D1', 1, 0.6), desk('A1', null, null), desk('D4', 2, 0.3)];

  it('lists the most used first, ties by label, withheld desks last', () => {
    expect(rankedDesks(desks).map((d) => d.label)).toEqual(['D1', 'D2', 'D4', 'A1', 'D3']);
  });

  it('draws bars only for desks with a figure, in percent', () => {
    expect(topDeskBars(desks, 2)).toEqual([
      { desk: 'D1', occupancy: 60 },
      { desk: 'D2', occupancy: 30 },
    ]);
  });
});
