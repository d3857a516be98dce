import type { DeskStatus } from '../../../api/types';
import { deskStatusAppearance } from '../desk-status';
import classes from './DeskMarker.module.css';

export const DESK_MARKER_SIZE = 34;
export const deskMarkerIconClass = classes.icon;
/** On a plan-sized desk icon: its label does not fit at the current zoom. */
export const labelHiddenClass = classes.labelHidden;

export function deskMarkClasses(status: DeskStatus, options: { swatch?: boolean; selected?: boolean } = {}): string {
  return [classes.mark, classes[status], options.swatch ? classes.swatch : '', options.selected ? classes.selected : '']
    .filter(Boolean)
    .join(' ');
}

export const checkClass = classes.check;

/** Own bookings carry a check badge besides their colour. */
export function hasCheck(status: DeskStatus): boolean {
  return deskStatusAppearance(status).mark === 'check';
}

/**
 * The content of a desk marker on the plan: the visual mark (hidden from screen readers) and the
 * accessible name ("Desk D12: Free"), which Leaflet's keyboard-focusable marker (role=button) takes from
 * its content. Built from DOM nodes, never an HTML string: labels are typed in by people.
 */
export function deskMarkerElement(desk: {
  label: string;
  status: DeskStatus;
  name: string;
  selected?: boolean;
  /** Drawn to plan scale (a circle filling the icon) rather than as a fixed-size pin. */
  planSized?: boolean;
  deskId?: string;
}): HTMLElement {
  const root = document.createElement('span');
  root.className = desk.planSized ? `${classes.pin} ${classes.planSized}` : classes.pin;
  if (desk.deskId) root.dataset.deskId = desk.deskId;
  const mark = document.createElement('span');
  mark.className = deskMarkClasses(desk.status, { selected: desk.selected });
  mark.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = classes.label;
  label.textContent = desk.label;
  mark.append(label);
  if (hasCheck(desk.status)) {
    const check = document.createElement('span');
    check.className = classes.check;
    check.textContent = '✓';
    mark.append(check);
  }
  const name = document.createElement('span');
  name.className = classes.srOnly;
  name.textContent = desk.name;
  root.append(mark, name);
  return root;
}
