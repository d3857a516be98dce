import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, patch, post, signUp, turnOffConsentGate, uploadPlan } from './support/api.js';
import { seriousViolations, settle, WIDTHS } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';
import { seedDemoCompany } from './support/demo.js';

const ZONE = 'Europe/Berlin';
const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
  <rect x="3" y="3" width="794" height="494" fill="#f8f9fa" stroke="#343a40" stroke-width="6"/>
  <rect x="40" y="40" width="320" height="200" fill="none" stroke="#868e96" stroke-width="3"/>
</svg>`;

/** A day at the location, `offset` days from today there ("YYYY-MM-DD"). */
function localDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

/** `hour`:00 UTC on a day: always within the location's round-the-clock opening hours. */
function at(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

interface SeededCompany {
  manager: BrowserContext;
  locationId: string;
  floorId: string;
  from: string;
  to: string;
}

/**
 * The one place the dashboard's data comes from: a company with a location open round the clock in
 * Europe/Berlin, a floor with a plan and three desks, a facility manager, and bookings of tomorrow and
 * the day after (the API refuses bookings in the past). The minimum group size is 1, so no figure is
 * withheld. Ends once the analytics rollup has been rebuilt from them. (A later step may seed with
 * the demo generator instead.)
 */
async function seedCompany(browser: Browser): Promise<SeededCompany> {
  const run = uniqueSuffix();
  const admin = await newVisitor(browser);
  const { request } = admin;
  await signUp(request, {
    tenantName: `Umbrella ${run}`,
    displayName: 'Ada Admin',
    email: `ada.${run}@example.com`,
    password: strongPassword(),
  });
  await turnOffConsentGate(request);
  await patch(request, '/api/tenant/settings', { privacy: { analyticsMinGroupSize: 1 } });

  const location = await post<{ id: string }>(
    request,
    '/api/locations',
    { name: 'Berlin office', timezone: ZONE, openingHours: ALWAYS_OPEN },
    201,
  );
  const floor = await post<{ id: string }>(request, `/api/locations/${location.id}/floors`, { name: 'Ground floor', level: 0 }, 201);
  await uploadPlan(request, floor.id, PLAN_SVG);
  const desks: string[] = [];
  for (const [index, label] of ['D1', 'D2', 'D3'].entries()) {
    desks.push(
      (await post<{ id: string }>(request, `/api/floors/${floor.id}/desks`, { label, x: 150 + index * 200, y: 300, zone: 'North' }, 201))
        .id,
    );
  }

  const invited = await post<{ inviteToken: string }>(
    request,
    '/api/users',
    { email: `max.${run}@example.com`, displayName: 'Max Manager', role: 'facility_manager' },
    201,
  );
  const manager = await newVisitor(browser);
  await post(manager.request, '/api/auth/accept-invite', { inviteToken: invited.inviteToken, password: strongPassword() }, 200);

  const tomorrow = localDay(1);
  const dayAfter = localDay(2);
  const bookings: [APIRequestContext, string, string, number, number][] = [
    [request, desks[0], tomorrow, 7, 15],
    [manager.request, desks[1], tomorrow, 8, 12],
    [request, desks[0], dayAfter, 8, 16],
    [manager.request, desks[2], dayAfter, 9, 11],
  ];
  for (const [who, deskId, day, start, end] of bookings) {
    await post(who, '/api/bookings', { deskId, startsAt: at(day, start), endsAt: at(day, end) }, 201);
  }

  // The rollup refreshes hourly; "refresh" rebuilds it now, as a job: wait until it reports being done.
  const before = await post<{ refreshedAt: string | null }>(request, '/api/analytics/refresh', {}, 202);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const status = (await (await request.get(appUrl('/api/analytics/status'))).json()) as { refreshedAt: string | null };
    if (status.refreshedAt !== null && status.refreshedAt !== before.refreshedAt) break;
    if (Date.now() > deadline) throw new Error('the analytics rollup was not refreshed within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await admin.close();
  return { manager, locationId: location.id, floorId: floor.id, from: localDay(0), to: localDay(3) };
}

describe('analytics dashboard', () => {
  let browser: Browser;
  let company: SeededCompany;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await seedCompany(browser);
    page = await company.manager.newPage();
    pageErrors = collectPageErrors(page);
  }, 120_000);

  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
  });

  async function openDashboard(): Promise<void> {
    const query = new URLSearchParams({ from: company.from, to: company.to, location: company.locationId, floor: company.floorId });
    await page.goto(appUrl(`/analytics?${query.toString()}`));
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Occupancy plan of Ground floor' }).waitFor();
    await settle(page);
  }

  it('shows a facility manager the key figures, the trend, the heatmap and the floor overlay with its legend', async () => {
    await page.goto(appUrl('/book'));
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Analytics' }).waitFor();
    await openDashboard();

    const kpis = page.getByRole('list', { name: 'Key figures' });
    await kpis.getByText('Average occupancy').waitFor();
    await kpis.getByText('Peak day').waitFor();
    // Two desks at once on both days (min group size 1: nothing withheld).
    await kpis.getByText('2 desks', { exact: true }).waitFor();
    await page.getByText('You used at most 2 of 3 desks', { exact: false }).waitFor();
    await page.getByText(/^Figures as of /).waitFor();

    const trend = page.getByRole('region', { name: 'Occupancy trend' });
    await trend.locator('.recharts-line').first().waitFor();
    await trend.getByText('Aggregated, no personal data').waitFor();

    const heatmap = page.getByRole('region', { name: 'Busy times' });
    const table = heatmap.getByRole('table');
    await table.getByRole('rowheader', { name: 'Mon' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(8);

    const overlay = page.getByRole('region', { name: 'Occupancy on the floor plan' });
    const plan = overlay.getByRole('region', { name: 'Occupancy plan of Ground floor' });
    for (const label of ['D1', 'D2', 'D3']) await plan.getByText(label, { exact: true }).waitFor();
    const legend = overlay.getByRole('list', { name: 'Floor plan colours' });
    await legend.getByText('80% – 100%').waitFor();
    // Five bands, withheld (with a minimum group size of 1: a figure of no bookings) and "no figure".
    await legend.getByText('no bookings').waitFor();
    expect(await legend.getByRole('listitem').count()).toBe(7);

    const ranking = page.getByRole('region', { name: 'Desk ranking' });
    await ranking.getByRole('table').getByRole('rowheader', { name: 'D1' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      trend.getByRole('button', { name: 'Download CSV: Occupancy trend' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`deskbook-utilization-${company.from}-${company.to}.csv`);
  });

  it('refreshes the figures on request and says when that is done', async () => {
    await openDashboard();
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText(/^Figures as of .* Refreshed\.$/).waitFor({ timeout: 30_000 });
  });

  it('passes axe-core without serious or critical violations, on a desktop and at 390 px', async () => {
    const found: string[] = [];
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openDashboard();
      found.push(...(await seriousViolations(page, `analytics ${size.name}`)));
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('keeps the page within 390 px: the heatmap scrolls inside its card', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
  });
});

describe('analytics dashboard on the demo company', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let floor: { id: string; name: string; desks: { label: string }[] };
  let locationId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The demo company over two months: the same generator as `npm run demo`, with the
    // default minimum group size of 5, so some figures are withheld.
    const demo = await seedDemoCompany({ scale: 1, historyDays: 60 });
    const [location] = demo.locations;
    locationId = location.id;
    floor = location.floors[0];
    const manager = demo.logins.find((login) => login.role === 'facility_manager');
    if (!manager) throw new Error('the demo company has no facility manager');
    const visitor = await newVisitor(browser);
    await post(visitor.request, '/api/auth/login', { email: manager.email, password: demo.password }, 200);
    page = await visitor.newPage();
    pageErrors = collectPageErrors(page);
  }, 180_000);

  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
  });

  it('shows a facility manager the heatmap, the trend and the floor overlay (in German, the manager’s language), with no serious axe violation', async () => {
    const query = new URLSearchParams({ from: localDay(-28), to: localDay(0), location: locationId, floor: floor.id });
    await page.goto(appUrl(`/analytics?${query.toString()}`));
    await page.getByRole('heading', { name: 'Auswertungen', level: 1 }).waitFor();

    await page.getByRole('list', { name: 'Kennzahlen' }).getByText('Durchschnittliche Auslastung').waitFor();
    await page.getByRole('region', { name: 'Auslastung im Zeitverlauf' }).locator('.recharts-line').first().waitFor();
    const heatmap = page.getByRole('region', { name: 'Stoßzeiten' }).getByRole('table');
    await heatmap.waitFor();
    expect(await heatmap.getByRole('rowheader').count()).toBeGreaterThanOrEqual(5); // the weekdays the office is open
    const plan = page.getByRole('region', { name: `Auslastungsplan von ${floor.name}` });
    await plan.getByText(floor.desks[0].label, { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Farben des Grundrisses' }).waitFor();
    await settle(page);

    const found = await seriousViolations(page, 'analytics on the demo company');
    expect(found, found.join('\n')).toEqual([]);
  });
});
