import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { ALWAYS_OPEN, post, signUp, turnOffConsentGate, uploadPlan } from './api.js';
import { strongPassword, uniqueSuffix } from './browser.js';

/** A phone as the findings were made on: 390 × 844 CSS px, touch, high-density screen. */
export const PHONE = { width: 390, height: 844 } as const;

export async function newPhoneVisitor(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

export interface SeededDesk {
  id: string;
  label: string;
  x: number;
  y: number;
}

export interface SeededFloor {
  floorId: string;
  plan: { width: number; height: number };
  desks: SeededDesk[];
}

const PLAN = { width: 1600, height: 1000 };

/** An open-plan office: two rooms with desk blocks, walls and a corridor. */
const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${PLAN.width}" height="${PLAN.height}" viewBox="0 0 ${PLAN.width} ${PLAN.height}">
  <rect x="4" y="4" width="1592" height="992" fill="#f8f9fa" stroke="#343a40" stroke-width="8"/>
  <rect x="200" y="200" width="560" height="600" fill="none" stroke="#868e96" stroke-width="4"/>
  <rect x="840" y="200" width="560" height="600" fill="none" stroke="#868e96" stroke-width="4"/>
  <line x1="4" y1="880" x2="1596" y2="880" stroke="#adb5bd" stroke-width="4"/>
</svg>`;

/**
 * 40 desks in two rooms, each with blocks of 2 × 5 desks facing each other: 70 plan units apart along a
 * block, 80 across it, and wider aisles between blocks (as furniture plans are drawn).
 */
export function fortyDeskLayout(): { label: string; x: number; y: number; zone: string; amenities: string[] }[] {
  const desks: { label: string; x: number; y: number; zone: string; amenities: string[] }[] = [];
  const rooms = [
    { x: 260, zone: 'North' },
    { x: 900, zone: 'South' },
  ];
  let n = 0;
  for (const room of rooms) {
    for (let block = 0; block < 2; block += 1) {
      for (let row = 0; row < 2; row += 1) {
        for (let column = 0; column < 5; column += 1) {
          n += 1;
          desks.push({
            label: `D${n}`,
            x: room.x + column * 70,
            y: 280 + block * 260 + row * 80,
            zone: room.zone,
            amenities: column % 2 === 0 ? ['Monitor'] : ['Monitor', 'Standing desk'],
          });
        }
      }
    }
  }
  return desks;
}

/**
 * Signs a new company up on `request` (its admin then signed in there), without the consent gate, with
 * the location "HQ" (UTC, always open) and the floor "Ground floor": a 1600 × 1000 plan and 40 desks.
 */
export async function seedFortyDeskCompany(request: APIRequestContext): Promise<SeededFloor> {
  const run = uniqueSuffix();
  await signUp(request, {
    tenantName: `Phone ${run}`,
    displayName: 'Pia Phone',
    email: `pia.${run}@example.com`,
    password: strongPassword(),
  });
  await turnOffConsentGate(request);
  const location = await post<{ id: string }>(request, '/api/locations', { name: 'HQ', timezone: 'UTC', openingHours: ALWAYS_OPEN }, 201);
  const floor = await post<{ id: string }>(request, `/api/locations/${location.id}/floors`, { name: 'Ground floor', level: 0 }, 201);
  await uploadPlan(request, floor.id, PLAN_SVG);
  const desks: SeededDesk[] = [];
  for (const desk of fortyDeskLayout()) {
    const created = await post<{ id: string }>(request, `/api/floors/${floor.id}/desks`, desk, 201);
    desks.push({ id: created.id, label: desk.label, x: desk.x, y: desk.y });
  }
  return { floorId: floor.id, plan: PLAN, desks };
}

/** Where a plan point is on the screen now: the plan image spans the plan's whole coordinate range. */
export async function screenPointOf(page: Page, point: { x: number; y: number }, plan: { width: number; height: number }) {
  const image = page.locator('.leaflet-image-layer').first();
  const box = await image.boundingBox();
  if (!box) throw new Error('the floor plan image is not on the screen');
  return { x: box.x + (point.x / plan.width) * box.width, y: box.y + (point.y / plan.height) * box.height };
}
