import { describe, expect, it } from 'vitest';
import {
  bookingZoom,
  deskRadii,
  desksBounds,
  isTappable,
  labelFits,
  MAX_DESK_RADIUS,
  MIN_DESK_RADIUS,
  MIN_TARGET_PX,
  pixelsPerUnit,
} from './desk-geometry';

describe('desk radii', () => {
  it('gives each desk 45 % of the distance to its nearest neighbour', () => {
    expect(
      deskRadii([
        { x: 0, y: 0 },
        { x: 70, y: 0 },
        { x: 70, y: 80 },
      ]),
    ).toEqual([31.5, 31.5, 36]);
  });

  it('never lets two circles overlap, however the desks lie', () => {
    const desks = Array.from({ length: 60 }, (_, i) => ({ x: (i * 37) % 500, y: Math.floor((i * 53) % 300) + (i % 7) * 11 }));
    const radii = deskRadii(desks);
    desks.forEach((a, i) => {
      desks.forEach((b, j) => {
        if (i < j && Math.hypot(a.x - b.x, a.y - b.y) >= (MIN_DESK_RADIUS * 2) / 0.45) {
          expect(radii[i] + radii[j]).toBeLessThan(Math.hypot(a.x - b.x, a.y - b.y));
        }
      });
    });
  });

  it('caps lone and far-apart desks, and keeps desks on one spot visible', () => {
    expect(deskRadii([{ x: 10, y: 10 }])).toEqual([MAX_DESK_RADIUS]);
    expect(
      deskRadii([
        { x: 0, y: 0 },
        { x: 1000, y: 0 },
      ]),
    ).toEqual([MAX_DESK_RADIUS, MAX_DESK_RADIUS]);
    expect(
      deskRadii([
        { x: 5, y: 5 },
        { x: 5, y: 5 },
      ]),
    ).toEqual([MIN_DESK_RADIUS, MIN_DESK_RADIUS]);
  });
});

describe('labels', () => {
  it('show a short label in a large circle', () => {
    expect(labelFits('D14', 60)).toBe(true);
  });

  it('hide a label that would spill out of a small circle', () => {
    expect(labelFits('D14', 22)).toBe(false);
    expect(labelFits('Window seat 12', 60)).toBe(false);
  });

  it('fit once the circle is big enough, and stay fitting beyond', () => {
    const first = [...Array(200).keys()].find((d) => labelFits('D40', d));
    expect(first).toBeGreaterThan(20);
    for (let d = first!; d < 200; d += 1) expect(labelFits('D40', d)).toBe(true);
  });
});

describe('tap to zoom', () => {
  it('finds the smallest zoom step at which a desk is a 44 px target', () => {
    const zoom = bookingZoom(31.5);
    expect(Math.abs(zoom % 0.25)).toBe(0);
    expect(2 * 31.5 * pixelsPerUnit(zoom)).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(2 * 31.5 * pixelsPerUnit(zoom - 0.25)).toBeLessThan(MIN_TARGET_PX);
    expect(zoom).toBe(-0.5);
  });

  it('needs no extra step when the target is exactly 44 px', () => {
    expect(bookingZoom(22)).toBe(0);
    expect(bookingZoom(11)).toBe(1);
  });

  it('books at the booking zoom and zooms in below it', () => {
    expect(isTappable(31.5, bookingZoom(31.5))).toBe(true);
    expect(isTappable(31.5, bookingZoom(31.5) - 0.25)).toBe(false);
    expect(isTappable(31.5, 2)).toBe(true);
  });
});

describe('fit bounds', () => {
  const size = { width: 1600, height: 1000 };

  it('covers the desks and their circles with padding, not the whole plan', () => {
    const bounds = desksBounds(
      [
        { x: 300, y: 200 },
        { x: 900, y: 600 },
      ],
      [30, 30],
      size,
      40,
    );
    // [lat, lng] = [height - y, x]; south-west first.
    expect(bounds).toEqual([
      [1000 - 670, 230],
      [1000 - 130, 970],
    ]);
  });

  it('stays on the plan and falls back to the whole plan without desks', () => {
    expect(desksBounds([{ x: 10, y: 990 }], [40], size, 40)).toEqual([
      [0, 0],
      [1000 - 910, 90],
    ]);
    expect(desksBounds([], [], size)).toEqual([
      [0, 0],
      [1000, 1600],
    ]);
  });
});
