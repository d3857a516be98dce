import { divIcon, type DivIcon } from 'leaflet';
import type { OccupancyBand } from '../occupancy-scale';
import { bandClass } from './occupancy-classes';
import classes from './OccupancyMarker.module.css';

const SIZE = 34;

/**
 * A desk's marker on the occupancy plan: "D12 · 42 %" on its band's colour. Built from DOM nodes, never
 * an HTML string: labels are typed in by people.
 */
export function occupancyIcon(desk: { label: string; figure: string; band: OccupancyBand }): DivIcon {
  const root = document.createElement('span');
  root.className = classes.pin;
  const mark = document.createElement('span');
  mark.className = `${classes.mark} ${bandClass(desk.band)}`;
  const label = document.createElement('span');
  label.textContent = desk.label;
  const figure = document.createElement('span');
  figure.className = classes.figure;
  figure.textContent = desk.figure;
  mark.append(label, figure);
  root.append(mark);
  return divIcon({ html: root, className: classes.icon, iconSize: [SIZE, SIZE], iconAnchor: [SIZE / 2, SIZE / 2] });
}
