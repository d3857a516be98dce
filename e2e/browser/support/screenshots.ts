import type { Browser, Page } from 'playwright-core';
import { appUrl } from './browser.js';
import { newPhoneVisitor, screenPointOf, seedFortyDeskCompany, type SeededFloor } from './phone.js';

/** Where the before/after pictures go: outside the repository. */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'docs/screenshots';

async function tapDesk(page: Page, floor: SeededFloor, label: string): Promise<void> {
  const desk = floor.desks.find((d) => d.label === label);
  if (!desk) throw new Error(`no desk ${label}`);
  const point = await screenPointOf(page, desk, floor.plan);
  await page.touchscreen.tap(point.x, point.y);
}

/**
 * The Book page on a phone, as four pictures named `${prefix}-{top,map,card,list}.png`: the page as it
 * opens, the map scrolled into view, a desk's card after booking it (one zoom step in first), the list.
 */
export async function takeBookShots(browser: Browser, prefix: 'before' | 'after'): Promise<void> {
  const context = await newPhoneVisitor(browser);
  const floor = await seedFortyDeskCompany(context.request);
  const page = await context.newPage();
  await page.goto(appUrl('/'));
  await page.getByRole('heading', { name: 'Book a desk' }).waitFor();
  const map = page.getByRole('region', { name: 'Floor plan of Ground floor' });
  await map.waitFor();
  await page.locator('.leaflet-image-layer').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${prefix}-top.png` });

  await map.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${prefix}-map.png` });

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(600);
  const book = page.getByRole('button', { name: 'Book', exact: true });
  // After the redesign a tap below the booking zoom zooms in first: tap again until the card opens.
  for (let attempt = 0; attempt < 4 && !(await book.isVisible()); attempt += 1) {
    await tapDesk(page, floor, 'D14');
    await page.waitForTimeout(700);
  }
  await book.click();
  await page.getByRole('button', { name: 'Cancel booking' }).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${prefix}-card.png` });

  await page.keyboard.press('Escape');
  await page
    .locator('label')
    .filter({ hasText: /^List$/ })
    .click();
  await page
    .getByText(/^(Desk )?D40$/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${prefix}-list.png`, fullPage: true });
  const listWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${prefix}: page scroll width with the list ${listWidth}px`);
  await context.close();
}
