// Renders the web app's icons (PWA manifest, apple-touch-icon, offline page) from one SVG with
// Chromium, once; the PNGs are committed. Run after changing the SVG:
//   node scripts/render-app-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const out = join(import.meta.dirname, '../apps/web/public/icons');

// The armchair of the header's logo (Tabler "armchair", MIT) on the app's indigo.
const ARMCHAIR =
  '<path d="M5 11a2 2 0 0 1 2 2v2h10v-2a2 2 0 1 1 4 0v4a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-4a2 2 0 0 1 2 -2z" /><path d="M5 11v-5a3 3 0 0 1 3 -3h8a3 3 0 0 1 3 3v5" /><path d="M6 19v2" /><path d="M18 19v2" />';

/** Maskable icons are cropped to a circle of 80 %: their glyph stays well inside it, on a full square. */
function iconSvg(size, { maskable }) {
  const glyph = size * (maskable ? 0.5 : 0.62);
  const offset = (size - glyph) / 2;
  const radius = maskable ? 0 : size * 0.2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#4c6ef5"/>
  <svg x="${offset}" y="${offset}" width="${glyph}" height="${glyph}" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ARMCHAIR}</svg>
</svg>`;
}

const ICONS = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'icon-maskable-512.png', size: 512, maskable: true },
  { name: 'apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0">${iconSvg(icon.size, icon)}</body></html>`);
    const png = await page.locator('svg').first().screenshot({ omitBackground: true });
    writeFileSync(join(out, icon.name), png);
    console.log(`${icon.name} (${icon.size}px)`);
  }
} finally {
  await browser.close();
}
