/**
 * Desks are stored in plan pixels with the origin at the top left of the image (x to the right, y down).
 * Leaflet's CRS.Simple has its origin at the bottom left with latitude growing upwards, so the plan
 * covers the bounds [[0, 0], [planHeight, planWidth]] and a desk at (x, y) sits at [planHeight - y, x].
 * This file is the one place that knows it.
 */

export interface PlanPoint {
  x: number;
  y: number;
}

export interface PlanSize {
  width: number;
  height: number;
}

/** Leaflet's [lat, lng] as a plain tuple, so this file needs no Leaflet import. */
export type LatLngTuple = [number, number];
export type LatLngBoundsTuple = [LatLngTuple, LatLngTuple];

export function planBounds(size: PlanSize): LatLngBoundsTuple {
  return [
    [0, 0],
    [size.height, size.width],
  ];
}

export function planToLatLng(point: PlanPoint, size: PlanSize): LatLngTuple {
  return [size.height - point.y, point.x];
}

/** The plan point under a map position, in whole pixels and never outside the image. */
export function latLngToPlan(latLng: { lat: number; lng: number }, size: PlanSize): PlanPoint {
  const clamp = (value: number, max: number) => Math.min(Math.max(Math.round(value), 0), max);
  return { x: clamp(latLng.lng, size.width), y: clamp(size.height - latLng.lat, size.height) };
}

/** Whether a map position lies on the plan image (clicks beside it add nothing). */
export function isOnPlan(latLng: { lat: number; lng: number }, size: PlanSize): boolean {
  return latLng.lat >= 0 && latLng.lat <= size.height && latLng.lng >= 0 && latLng.lng <= size.width;
}

/** The plan size of a floor, or null while it has no plan image. */
export function planSizeOf(floor: { planWidth: number | null; planHeight: number | null }): PlanSize | null {
  return floor.planWidth && floor.planHeight ? { width: floor.planWidth, height: floor.planHeight } : null;
}
