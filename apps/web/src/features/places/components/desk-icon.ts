import { divIcon, type DivIcon } from 'leaflet';
import type { DeskStatus } from '../../../api/types';
import { DESK_MARKER_SIZE, deskMarkerElement, deskMarkerIconClass, labelHiddenClass } from './desk-marker';

const HALF = DESK_MARKER_SIZE / 2;

/** The Leaflet icon of a desk: our own round marker (Leaflet's default image icon breaks under Vite). */
export function deskIcon(desk: { label: string; status: DeskStatus; name: string; selected?: boolean }): DivIcon {
  return divIcon({
    html: deskMarkerElement(desk),
    className: deskMarkerIconClass,
    iconSize: [DESK_MARKER_SIZE, DESK_MARKER_SIZE],
    iconAnchor: [HALF, HALF],
    popupAnchor: [0, -HALF],
    tooltipAnchor: [0, -HALF],
  });
}

/**
 * A desk drawn to plan scale: Leaflet gets no size, the map sizes the icon element at every zoom
 * (sizePlanDeskIcon), so the circle covers the desk's radius in plan units and grows with the plan.
 */
export function planDeskIcon(desk: { deskId: string; label: string; status: DeskStatus; name: string }): DivIcon {
  return divIcon({
    html: deskMarkerElement({ ...desk, planSized: true }),
    className: deskMarkerIconClass,
    iconSize: null as unknown as undefined,
  });
}

/** Sizes a plan-scale desk icon to `diameterPx`, centred on its point, its label shown only if it fits. */
export function sizePlanDeskIcon(element: HTMLElement, diameterPx: number, label: { fontPx: number; shown: boolean }): void {
  const px = `${diameterPx}px`;
  element.style.width = px;
  element.style.height = px;
  element.style.marginLeft = `${-diameterPx / 2}px`;
  element.style.marginTop = `${-diameterPx / 2}px`;
  element.style.fontSize = `${label.fontPx}px`;
  element.style.setProperty('--d', px);
  element.classList.toggle(labelHiddenClass, !label.shown);
}
