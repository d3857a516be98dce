import type { PlanPoint, PlanSize } from '../places';

export type RowDirection = 'right' | 'down';

/** Where a new desk goes when added without a click: the middle of the plan (or the origin without one). */
export function planCenter(size: PlanSize | null): PlanPoint {
  return size ? { x: Math.round(size.width / 2), y: Math.round(size.height / 2) } : { x: 0, y: 0 };
}

/**
 * `count` points `spacing` pixels apart from the middle of the plan, to the right or downwards; a row
 * longer than the plan is shifted back so that every desk stays on it.
 */
export function rowOfPoints(size: PlanSize, count: number, spacing: number, direction: RowDirection): PlanPoint[] {
  const start = planCenter(size);
  const axis = direction === 'right' ? 'x' : 'y';
  const limit = direction === 'right' ? size.width : size.height;
  const first = Math.max(0, Math.min(start[axis], limit - spacing * (count - 1)));
  return Array.from({ length: count }, (_, index) => ({ ...start, [axis]: Math.min(first + index * spacing, limit) }));
}
