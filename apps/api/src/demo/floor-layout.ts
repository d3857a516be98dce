import type { SeededRandom } from './seeded-random.js';

/** A desk as the demo places it: position in plan pixels, zone and amenities as an admin would set them. */
export interface DemoDesk {
  label: string;
  x: number;
  y: number;
  zone: string;
  amenities: string[];
  bookable: boolean;
}

export interface DemoRoom {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One floor: its plan's size, the rooms along the core, the zones and the desks in clusters of six. */
export interface FloorLayout {
  width: number;
  height: number;
  rooms: DemoRoom[];
  zones: { name: string; x: number; y: number; width: number; height: number }[];
  /** Tables: a cluster of desks facing each other. */
  tables: { x: number; y: number; width: number; height: number }[];
  desks: DemoDesk[];
}

const ZONE_NAMES = ['Team North', 'Focus', 'Team South', 'Project area', 'Quiet zone', 'Open space', 'Window side', 'Garden view'];
const ROOM_NAMES = ['Meeting 1', 'Meeting 2', 'Phone booth', 'Kitchen', 'Stairs & lifts', 'Meeting 3', 'Print', 'Lounge'];

const CORE_WIDTH = 300;
const DESK_W = 80;
const DESK_H = 60;
const CLUSTER_COLS = 3;
const CLUSTER_W = CLUSTER_COLS * DESK_W;
const CLUSTER_H = 2 * DESK_H;
const GAP_X = 60;
const GAP_Y = 50;
const CLUSTERS_PER_ROW = 4;
const ROWS_PER_ZONE = 2;
const MARGIN = 40;

/**
 * Lays out `deskCount` desks in clusters of six (two rows of three facing each other), four clusters
 * a row, two rows a zone, beside a core of meeting rooms. About one desk in 30 is not bookable
 * (a broken chair, a desk kept for visitors).
 */
export function layoutFloor(code: string, deskCount: number, random: SeededRandom): FloorLayout {
  const clusters = Math.ceil(deskCount / 6);
  const clusterRows = Math.ceil(clusters / CLUSTERS_PER_ROW);
  const zoneCount = Math.ceil(clusterRows / ROWS_PER_ZONE);
  const left = CORE_WIDTH + 2 * MARGIN;
  const width = left + CLUSTERS_PER_ROW * (CLUSTER_W + GAP_X) + MARGIN;
  const height = Math.max(600, 2 * MARGIN + clusterRows * (CLUSTER_H + GAP_Y) + (zoneCount - 1) * GAP_Y);
  const zones = Array.from({ length: zoneCount }, (_, z) => {
    const top = MARGIN + z * (ROWS_PER_ZONE * (CLUSTER_H + GAP_Y) + GAP_Y);
    const rows = Math.min(ROWS_PER_ZONE, clusterRows - z * ROWS_PER_ZONE);
    return {
      name: ZONE_NAMES[z % ZONE_NAMES.length],
      x: left - MARGIN / 2,
      y: top - GAP_Y / 2,
      width: width - left,
      height: rows * (CLUSTER_H + GAP_Y),
    };
  });
  const tables: FloorLayout['tables'] = [];
  const desks: DemoDesk[] = [];
  for (let c = 0; c < clusters; c++) {
    const row = Math.floor(c / CLUSTERS_PER_ROW);
    const col = c % CLUSTERS_PER_ROW;
    const zone = zones[Math.floor(row / ROWS_PER_ZONE)];
    const x0 = left + col * (CLUSTER_W + GAP_X);
    const y0 = zone.y + GAP_Y / 2 + (row % ROWS_PER_ZONE) * (CLUSTER_H + GAP_Y);
    tables.push({ x: x0, y: y0, width: CLUSTER_W, height: CLUSTER_H });
    for (let d = 0; d < 6 && desks.length < deskCount; d++) {
      const atWindow = col === CLUSTERS_PER_ROW - 1;
      desks.push({
        label: `${code}-${String(desks.length + 1).padStart(3, '0')}`,
        x: x0 + (d % CLUSTER_COLS) * DESK_W + DESK_W / 2,
        y: y0 + Math.floor(d / CLUSTER_COLS) * DESK_H + DESK_H / 2,
        zone: zone.name,
        amenities: deskAmenities(atWindow, random),
        bookable: !random.chance(1 / 30),
      });
    }
  }
  const roomHeight = (height - 2 * MARGIN) / ROOM_NAMES.length;
  const rooms = ROOM_NAMES.map((name, i) => ({ name, x: MARGIN, y: MARGIN + i * roomHeight, width: CORE_WIDTH, height: roomHeight }));
  return { width, height, rooms, zones, tables, desks };
}

function deskAmenities(atWindow: boolean, random: SeededRandom): string[] {
  const amenities = [random.chance(0.25) ? 'dual-monitor' : 'monitor'];
  if (random.chance(0.6)) amenities.push('docking-station');
  if (random.chance(0.2)) amenities.push('standing');
  if (atWindow) amenities.push('window');
  return amenities;
}
