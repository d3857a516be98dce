import type { OccupancyBand } from '../occupancy-scale';
import classes from './OccupancyScale.module.css';

/** The CSS class that colours a band (background and a readable text colour). */
export function bandClass(band: OccupancyBand): string {
  return classes[band];
}

export const swatchClass = classes.swatch;
