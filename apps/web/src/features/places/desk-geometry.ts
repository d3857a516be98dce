/**
 * How big desks are drawn on a plan and when they can be tapped. Desks are circles in plan units, so
 * they grow with the zoom like the walls around them. Pure functions, no Leaflet: CRS.Simple maps one
 * plan unit to 2^zoom CSS pixels.
 */
import { type LatLngBoundsTuple, type PlanPoint, type PlanSize, planToLatLng } from './plan-coordinates';

/** A desk's circle takes this share of the distance to its nearest neighbour: two circles never touch. */
export const RADIUS_SHARE = 0.45;
/** Radius of a desk with no neighbour, and the most any desk gets on a sparse plan (plan units). */
export const MAX_DESK_RADIUS = 40;
/** Desks stacked on one point still get a visible circle (they overlap only then). */
export const MIN_DESK_RADIUS = 3;
/** The smallest touch target (WCAG 2.5.5, Apple and Material guidelines): booking is offered from here. */
export const MIN_TARGET_PX = 44;
/** The map's zoom steps: a computed zoom is rounded up to one. */
export const ZOOM_SNAP = 0.25;

/** CSS pixels per plan unit at `zoom`. */
export function pixelsPerUnit(zoom: number): number {
  return 2 ** zoom;
}

/**
 * Each desk's radius in plan units: RADIUS_SHARE of the distance to its nearest neighbour, within
 * [MIN_DESK_RADIUS, MAX_DESK_RADIUS]. As r(a) ≤ 0.45·d(a,b) and r(b) ≤ 0.45·d(a,b), r(a) + r(b) < d(a,b).
 */
export function deskRadii(desks: readonly PlanPoint[]): number[] {
  return desks.map((desk, index) => {
    let nearest = Infinity;
    desks.forEach((other, otherIndex) => {
      if (otherIndex !== index) nearest = Math.min(nearest, Math.hypot(desk.x - other.x, desk.y - other.y));
    });
    return Math.min(MAX_DESK_RADIUS, Math.max(MIN_DESK_RADIUS, RADIUS_SHARE * nearest));
  });
}

/** The label's font size inside a circle of `diameterPx`: a third of it, 10–16 px. */
export function labelFontPx(diameterPx: number): number {
  return Math.min(16, Math.max(10, diameterPx / 3));
}

/** A bold label's average character width relative to its font size (generous, so a fit is real). */
const CHAR_WIDTH = 0.62;

/**
 * Whether `label` fits inside a desk circle of `diameterPx`: its text box (estimated width × one line)
 * must lie within the circle's inner area, 3 px border excluded.
 */
export function labelFits(label: string, diameterPx: number): boolean {
  const font = labelFontPx(diameterPx);
  const width = Array.from(label).length * CHAR_WIDTH * font;
  const height = font;
  const inner = diameterPx - 6;
  // A rectangle fits in a circle when its half-diagonal does.
  return inner > 0 && Math.hypot(width / 2, height / 2) <= inner / 2;
}

/** The smallest zoom (a multiple of ZOOM_SNAP) at which a desk of `radius` is a MIN_TARGET_PX target. */
export function bookingZoom(radius: number): number {
  const exact = Math.log2(MIN_TARGET_PX / (2 * radius));
  // The epsilon keeps floating-point noise (log2 of 44/44 ≈ 1e-16) from adding a whole step.
  return Math.ceil(exact / ZOOM_SNAP - 1e-9) * ZOOM_SNAP + 0;
}

/** Whether at `zoom` a tap on a desk of `radius` books (true) or should zoom in first (false). */
export function isTappable(radius: number, zoom: number): boolean {
  return 2 * radius * pixelsPerUnit(zoom) >= MIN_TARGET_PX - 0.5;
}

/**
 * The map bounds that show all desks (circles included) with `padding` plan units around them, kept on
 * the plan; the whole plan when there are no desks.
 */
export function desksBounds(desks: readonly PlanPoint[], radii: readonly number[], size: PlanSize, padding = 40): LatLngBoundsTuple {
  if (desks.length === 0) return [planToLatLng({ x: 0, y: size.height }, size), planToLatLng({ x: size.width, y: 0 }, size)];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  desks.forEach((desk, index) => {
    const reach = (radii[index] ?? 0) + padding;
    minX = Math.min(minX, desk.x - reach);
    minY = Math.min(minY, desk.y - reach);
    maxX = Math.max(maxX, desk.x + reach);
    maxY = Math.max(maxY, desk.y + reach);
  });
  const clampX = (x: number) => Math.min(Math.max(x, 0), size.width);
  const clampY = (y: number) => Math.min(Math.max(y, 0), size.height);
  // South-west (bottom left of the plan) first, as Leaflet expects.
  return [planToLatLng({ x: clampX(minX), y: clampY(maxY) }, size), planToLatLng({ x: clampX(maxX), y: clampY(minY) }, size)];
}
