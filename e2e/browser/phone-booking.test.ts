import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser } from './support/browser.js';
import { newPhoneVisitor, PHONE, screenPointOf, seedFortyDeskCompany, type SeededDesk, type SeededFloor } from './support/phone.js';

/** Where the plan image lies on the screen: its box changes with every zoom and pan. */
async function planBox(page: Page) {
  const box = await page.locator('.leaflet-image-layer').first().boundingBox();
  if (!box) throw new Error('no floor plan on the screen');
  return box;
}

/**
 * The map's view: its zoom (the plan's width on the screen) and the plan point at the middle of the map,
 * rounded to whole plan units (a resize of the map keeps its centre, as Leaflet's invalidateSize does).
 */
async function mapView(page: Page, map: Locator, plan: { width: number }) {
  const image = await planBox(page);
  const frame = (await map.boundingBox())!;
  const scale = image.width / plan.width;
  return {
    planWidth: Math.round(image.width),
    centre: {
      x: Math.round((frame.x + frame.width / 2 - image.x) / scale),
      y: Math.round((frame.y + frame.height / 2 - image.y) / scale),
    },
  };
}

/** The desk drawn under a screen point, as `document.elementFromPoint` finds it. */
function deskIdAt(page: Page, point: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-desk-id]')?.getAttribute('data-desk-id') ?? null,
    point,
  );
}

/** The desk's circle on the screen (its Leaflet icon), in CSS px. */
async function deskDiameter(page: Page, desk: SeededDesk): Promise<number> {
  const box = await page.locator(`[data-desk-id="${desk.id}"]`).boundingBox();
  return box?.width ?? 0;
}

/** The same zoom, and the same centre give or take a plan unit (the map's resize rounds to whole pixels). */
function expectSameView(after: Awaited<ReturnType<typeof mapView>>, before: Awaited<ReturnType<typeof mapView>>): void {
  expect(after.planWidth).toBe(before.planWidth);
  expect(Math.abs(after.centre.x - before.centre.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(after.centre.y - before.centre.y)).toBeLessThanOrEqual(1);
}

describe('booking on a phone (390 × 844, touch)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let floor: SeededFloor;
  let map: Locator;
  const desk = (label: string) => floor.desks.find((d) => d.label === label)!;

  /** Pans with the arrow keys (80 px a press) until `target` is near the map's middle; returns its centre. */
  async function bringIntoView(target: SeededDesk): Promise<{ x: number; y: number }> {
    const container = page.locator('.leaflet-container');
    for (let round = 0; round < 8; round += 1) {
      const point = await screenPointOf(page, target, floor.plan);
      const box = (await map.boundingBox())!;
      const dx = point.x - (box.x + box.width / 2);
      const dy = point.y - (box.y + box.height / 2);
      if (Math.abs(dx) < box.width / 4 && Math.abs(dy) < box.height / 4) return point;
      await container.focus();
      const presses = (delta: number) => Math.min(6, Math.round(Math.abs(delta) / 80));
      for (let i = 0; i < presses(dx); i += 1) await page.keyboard.press(dx > 0 ? 'ArrowRight' : 'ArrowLeft');
      for (let i = 0; i < presses(dy); i += 1) await page.keyboard.press(dy > 0 ? 'ArrowDown' : 'ArrowUp');
      await page.waitForTimeout(350);
    }
    throw new Error(`could not pan ${target.label} into view`);
  }

  const sheet = (label: string) => page.getByRole('dialog', { name: `Desk ${label}` });
  /** Closes the open sheet or drawer with Escape and waits until its backdrop has faded out. */
  async function closeDialog(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('.mantine-Drawer-overlay').waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newPhoneVisitor(browser);
    floor = await seedFortyDeskCompany(context.request);
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(appUrl('/book'));
    map = page.getByRole('region', { name: 'Floor plan of Ground floor' });
    await map.waitFor();
    await page.locator(`[data-desk-id="${desk('D1').id}"]`).waitFor();
    await page.waitForTimeout(500);
  }, 120_000);

  afterAll(async () => {
    expect(errors).toEqual([]);
    await context.close();
    await browser.close();
  });

  it('shows the map first, fitted to the desks, with day and time in one row', async () => {
    const box = (await map.boundingBox())!;
    expect(box.y).toBeLessThan(300);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // Every desk is on the screen, and the plan is zoomed past "whole plan" (desks cover less of it).
    for (const d of floor.desks) {
      const point = await screenPointOf(page, d, floor.plan);
      expect(point.x).toBeGreaterThan(box.x);
      expect(point.x).toBeLessThan(box.x + box.width);
    }
    expect((await planBox(page)).width).toBeGreaterThan(box.width);
    const row = await Promise.all(
      ['Previous working day', 'Date', 'From', 'Until', 'Next working day'].map(async (name) => {
        const element = name.includes('working day') ? page.getByRole('button', { name }) : page.getByRole('combobox', { name });
        return (await element.boundingBox())!;
      }),
    );
    const tops = row.map((b) => Math.round(b.y));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
  });

  it('never draws two desks over each other', async () => {
    const boxes = await Promise.all(floor.desks.map(async (d) => (await page.locator(`[data-desk-id="${d.id}"]`).boundingBox())!));
    boxes.forEach((a, i) => {
      boxes.forEach((b, j) => {
        if (i >= j) return;
        const distance = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
        expect(distance, `${floor.desks[i].label} and ${floor.desks[j].label}`).toBeGreaterThanOrEqual((a.width + b.width) / 2);
      });
    });
  });

  it('zooms in on a desk tapped below the booking zoom instead of opening its card', async () => {
    const target = desk('D14');
    expect(await deskDiameter(page, target)).toBeLessThan(44);
    const before = await planBox(page);
    const point = await screenPointOf(page, target, floor.plan);
    await page.touchscreen.tap(point.x, point.y);
    await page.waitForTimeout(600);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await planBox(page)).width).toBeGreaterThan(before.width);
    expect(await deskDiameter(page, target)).toBeGreaterThanOrEqual(44);
    // Centred on the desk.
    const box = (await map.boundingBox())!;
    const centred = await screenPointOf(page, target, floor.plan);
    expect(Math.abs(centred.x - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(centred.y - (box.y + box.height / 2))).toBeLessThan(2);
  });

  it('at the booking zoom, a tap on the centre of every desk selects exactly that desk', async () => {
    for (const target of floor.desks) {
      const point = await bringIntoView(target);
      expect(await deskDiameter(page, target), target.label).toBeGreaterThanOrEqual(44);
      const hit = await deskIdAt(page, point);
      if (hit !== target.id) {
        const what = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 300), point);
        throw new Error(`${target.label} at ${JSON.stringify(point)}: ${what}`);
      }
      await page.touchscreen.tap(point.x, point.y);
      await sheet(target.label).getByText(`Desk ${target.label}`, { exact: true }).waitFor();
      await closeDialog();
    }
  }, 180_000);

  it('shows the list as cards that fit the screen', async () => {
    await page
      .locator('label')
      .filter({ hasText: /^List$/ })
      .click();
    await page.getByRole('button', { name: 'Book D40' }).waitFor();
    const overflow = await page.evaluate((width) => {
      const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        wide: wide.slice(0, 5).map((element) => element.outerHTML.slice(0, 120)),
      };
    }, PHONE.width);
    expect(overflow).toEqual({ scrollWidth: PHONE.width, wide: [] });
    for (const button of await page.getByRole('button', { name: /^Book D\d+$/ }).all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await page
      .locator('label')
      .filter({ hasText: /^Floor plan$/ })
      .click();
    await map.waitFor();
    await page.waitForTimeout(500);
  });

  it('books from the bottom sheet and keeps the map where it was', async () => {
    const target = desk('D14');
    // The list view replaced the map, which opens fitted to the desks again: a first tap zooms in.
    if ((await deskDiameter(page, target)) < 44) {
      const far = await screenPointOf(page, target, floor.plan);
      await page.touchscreen.tap(far.x, far.y);
      await page.waitForTimeout(600);
    }
    const point = await bringIntoView(target);
    const before = await mapView(page, map, floor.plan);
    await page.touchscreen.tap(point.x, point.y);
    const card = sheet('D14');
    await card.getByRole('button', { name: 'Book', exact: true }).click();
    await card.getByRole('button', { name: 'Cancel booking' }).waitFor();
    // The sheet is entirely on the screen.
    const sheetBox = (await card.boundingBox())!;
    expect(sheetBox.x).toBeGreaterThanOrEqual(0);
    expect(sheetBox.x + sheetBox.width).toBeLessThanOrEqual(PHONE.width);
    expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(PHONE.height + 1);
    await page.waitForTimeout(800);
    await closeDialog();
    expectSameView(await mapView(page, map, floor.plan), before);
    await page.getByRole('button', { name: 'Desk D14: Your booking' }).waitFor();
    // A refetch (back to the tab) does not move it either.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(800);
    expectSameView(await mapView(page, map, floor.plan), before);
  });

  it('has no serious accessibility violations: map, filters drawer, desk sheet', async () => {
    const found = await seriousViolations(page, 'phone map');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Place and filters' });
    await drawer.waitFor();
    // Audited once the drawer has slid in: mid-transition its colours are still blending in.
    await page.waitForTimeout(600);
    found.push(...(await seriousViolations(page, 'phone filters drawer')));
    await closeDialog();
    const point = await bringIntoView(desk('D15'));
    await page.touchscreen.tap(point.x, point.y);
    await sheet('D15').waitFor();
    await page.waitForTimeout(600);
    found.push(...(await seriousViolations(page, 'phone desk sheet')));
    await closeDialog();
    expect(found.join('\n')).toBe('');
  });

  it('counts active filters on the Filters button', async () => {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Place and filters' });
    await drawer.getByRole('switch', { name: 'Only free desks' }).dispatchEvent('click');
    await drawer.getByRole('button', { name: 'Show desks' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Filters (1 active)' }).waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await drawer.getByRole('switch', { name: 'Only free desks' }).dispatchEvent('click');
    await drawer.getByRole('button', { name: 'Show desks' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.locator('.mantine-Drawer-overlay').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Filters', exact: true }).waitFor();
  });

  it('scrolls no page sideways at 390 px', async () => {
    for (const path of ['/book', '/bookings', '/floor-plans', '/account', '/analytics']) {
      await page.goto(appUrl(path));
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(700);
      const overflow = await page.evaluate((width) => {
        const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          wide: wide.slice(0, 3).map((element) => element.outerHTML.slice(0, 160)),
        };
      }, PHONE.width);
      expect(overflow.scrollWidth, `${path}: ${overflow.wide.join('\n')}`).toBeLessThanOrEqual(PHONE.width);
    }
  });

  it('is installable: a valid manifest, and a service worker that caches only the offline page', async () => {
    const manifest = (await (await context.request.get(appUrl('/manifest.webmanifest'))).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Deskbook', short_name: 'Deskbook', display: 'standalone' });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) expect((await context.request.get(appUrl(icon.src))).headers()['content-type']).toBe('image/png');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    expect((await context.request.get(appUrl('/offline.html'))).status()).toBe(200);

    // The production build registers the worker: once it controls the page, use the app and the API,
    // then look into every cache.
    await page.goto(appUrl('/book'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByRole('region', { name: 'Floor plan of Ground floor' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.evaluate(() => fetch('/api/bookings/mine').then((response) => response.text()));
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls.sort();
    });
    expect(cached).toEqual(['/icons/icon-192.png', '/offline.html']);

    // Offline, a page load answers with the offline page, in English and German.
    await context.setOffline(true);
    await page.goto(appUrl('/bookings')).catch(() => undefined);
    await page.getByRole('heading', { name: 'You are offline' }).waitFor();
    await page.getByRole('heading', { name: 'Sie sind offline' }).waitFor();
    await context.setOffline(false);
  });
});
