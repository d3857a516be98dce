import { describe, expect, it } from 'vitest';
import { isOnPlan, latLngToPlan, planBounds, planSizeOf, planToLatLng } from './plan-coordinates';

const size = { width: 1000, height: 600 };

describe('plan coordinates', () => {
  it('covers the plan with bounds from the bottom-left corner to [height, width]', () => {
    expect(planBounds(size)).toEqual([
      [0, 0],
      [600, 1000],
    ]);
  });

  it('puts a desk at plan (x, y) at [height - y, x]', () => {
    expect(planToLatLng({ x: 0, y: 0 }, size)).toEqual([600, 0]);
    expect(planToLatLng({ x: 1000, y: 600 }, size)).toEqual([0, 1000]);
    expect(planToLatLng({ x: 250, y: 100 }, size)).toEqual([500, 250]);
  });

  it('turns a map position back into whole plan pixels', () => {
    expect(latLngToPlan({ lat: 500, lng: 250 }, size)).toEqual({ x: 250, y: 100 });
    expect(latLngToPlan({ lat: 499.6, lng: 250.4 }, size)).toEqual({ x: 250, y: 100 });
  });

  it('round-trips every point', () => {
    for (const point of [
      { x: 0, y: 0 },
      { x: 17, y: 599 },
      { x: 999, y: 1 },
    ]) {
      const [lat, lng] = planToLatLng(point, size);
      expect(latLngToPlan({ lat, lng }, size)).toEqual(point);
    }
  });

  it('keeps dragged desks on the plan', () => {
    expect(latLngToPlan({ lat: -20, lng: 1200 }, size)).toEqual({ x: 1000, y: 600 });
    expect(latLngToPlan({ lat: 700, lng: -5 }, size)).toEqual({ x: 0, y: 0 });
  });

  it('tells clicks on the plan from clicks beside it', () => {
    expect(isOnPlan({ lat: 300, lng: 500 }, size)).toBe(true);
    expect(isOnPlan({ lat: 601, lng: 500 }, size)).toBe(false);
    expect(isOnPlan({ lat: 300, lng: -1 }, size)).toBe(false);
  });

  it('has no plan size before an image is uploaded', () => {
    expect(planSizeOf({ planWidth: null, planHeight: null })).toBeNull();
    expect(planSizeOf({ planWidth: 800, planHeight: 400 })).toEqual({ width: 800, height: 400 });
  });
});
