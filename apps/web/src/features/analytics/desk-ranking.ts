import type { DeskFigures } from './types';

/** How many desks the ranking's bar chart shows; the table below lists them all. */
export const TOP_DESKS = 10;

/** Most booked first as the API ranks them; withheld desks (no rank) last, by label. */
export function rankedDesks(desks: readonly DeskFigures[]): DeskFigures[] {
  return [...desks].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.label.localeCompare(b.label);
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.label.localeCompare(b.label);
  });
}

/** The bars: the top desks that have a figure to show. */
export function topDeskBars(desks: readonly DeskFigures[], count = TOP_DESKS): { desk: string; occupancy: number }[] {
  return rankedDesks(desks)
    .filter((desk) => desk.occupancyRate !== null)
    .slice(0, count)
    .map((desk) => ({ desk: desk.label, occupancy: Math.round((desk.occupancyRate ?? 0) * 1000) / 10 }));
}
