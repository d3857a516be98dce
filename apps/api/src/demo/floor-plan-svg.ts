import type { FloorLayout } from './floor-layout.js';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The floor's plan as an SVG, uploaded like any admin's plan: outer walls, the core's rooms with
 * doors, zones with their names and the tables of each cluster. Desks are drawn by the map on top
 * (their markers sit on the tables), so the plan shows furniture only.
 */
export function floorPlanSvg(floorName: string, layout: FloorLayout): string {
  const { width, height } = layout;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(floorName)} (generated demo plan)</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#f8f9fa"/>`,
    `<rect x="10" y="10" width="${width - 20}" height="${height - 20}" fill="none" stroke="#343a40" stroke-width="8"/>`,
  ];
  for (const zone of layout.zones) {
    parts.push(
      `<rect x="${zone.x}" y="${zone.y}" width="${zone.width}" height="${zone.height}" rx="12" fill="#e7f5ff" stroke="#a5d8ff" stroke-width="2"/>`,
      `<text x="${zone.x + 12}" y="${zone.y + 20}" font-family="sans-serif" font-size="16" fill="#1864ab">${escapeXml(zone.name)}</text>`,
    );
  }
  for (const room of layout.rooms) {
    const doorY = room.y + room.height / 2 - 15;
    parts.push(
      `<rect x="${room.x}" y="${room.y}" width="${room.width}" height="${room.height}" fill="#fff4e6" stroke="#495057" stroke-width="4"/>`,
      // A gap in the wall towards the open space: the door.
      `<line x1="${room.x + room.width}" y1="${doorY}" x2="${room.x + room.width}" y2="${doorY + 30}" stroke="#fff4e6" stroke-width="6"/>`,
      `<text x="${room.x + room.width / 2}" y="${room.y + room.height / 2 + 6}" text-anchor="middle" font-family="sans-serif" font-size="18" fill="#495057">${escapeXml(room.name)}</text>`,
    );
  }
  for (const table of layout.tables) {
    parts.push(
      `<rect x="${table.x}" y="${table.y}" width="${table.width}" height="${table.height}" rx="6" fill="#dee2e6" stroke="#868e96" stroke-width="2"/>`,
    );
    parts.push(
      `<line x1="${table.x}" y1="${table.y + table.height / 2}" x2="${table.x + table.width}" y2="${table.y + table.height / 2}" stroke="#adb5bd" stroke-width="2"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
