import { describe, expect, it } from 'vitest';
import { planCenter, rowOfPoints } from './desk-row';

describe('rowOfPoints', () => {
  const size = { width: 1000, height: 600 };

  it('starts in the middle of the plan', () => {
    expect(planCenter(size)).toEqual({ x: 500, y: 300 });
    expect(planCenter(null)).toEqual({ x: 0, y: 0 });
    expect(rowOfPoints(size, 3, 60, 'right')).toEqual([
      { x: 500, y: 300 },
      { x: 560, y: 300 },
      { x: 620, y: 300 },
    ]);
    expect(rowOfPoints(size, 2, 50, 'down')).toEqual([
      { x: 500, y: 300 },
      { x: 500, y: 350 },
    ]);
  });

  it('keeps a long row on the plan', () => {
    const row = rowOfPoints(size, 10, 100, 'right');
    expect(row[0].x).toBe(100);
    expect(row.at(-1)?.x).toBe(1000);
  });
});
