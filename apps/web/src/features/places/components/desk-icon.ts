import { divIcon, type DivIcon } from 'leaflet';
import type { DeskStatus } from '../../../api/types';
import { DESK_MARKER_SIZE, deskMarkerElement, deskMarkerIconClass } from './desk-marker';

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
