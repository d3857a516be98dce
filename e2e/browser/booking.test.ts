import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmSignUpFromMail, turnOffConsentGateAfterSignup } from './support/api.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

interface Person {
  name: string;
  email: string;
  password: string;
}

interface Visitor {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A small floor plan: an SVG with width and height is all the API needs to know its size. */
const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
  <rect x="3" y="3" width="794" height="494" fill="#f8f9fa" stroke="#343a40" stroke-width="6"/>
  <rect x="40" y="40" width="320" height="200" fill="none" stroke="#868e96" stroke-width="3"/>
  <rect x="440" y="40" width="320" height="420" fill="none" stroke="#868e96" stroke-width="3"/>
</svg>`;

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function openVisitor(browser: Browser): Promise<Visitor> {
  const context = await newVisitor(browser);
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

/** Invites through the Users page and reads the invite link off the dialog. */
async function invite(page: Page, person: Person, role: 'employee' | 'facility_manager'): Promise<string> {
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a colleague' });
  await dialog.getByLabel('E-mail').fill(person.email);
  await dialog.getByLabel('Name').fill(person.name);
  await dialog.getByLabel('Role').selectOption(role);
  await dialog.getByRole('button', { name: 'Create invite link' }).click();
  const link = await dialog.getByLabel('Invite link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return link;
}

/** The invited person opens the link in their own browser and chooses a password. */
async function acceptInvite(browser: Browser, link: string, person: Person, company: string): Promise<Visitor> {
  const visitor = await openVisitor(browser);
  await visitor.page.goto(link);
  await seeHeading(visitor.page, `Welcome, ${person.name}!`);
  await visitor.page.getByLabel('Choose a password').fill(person.password);
  await visitor.page.getByRole('button', { name: `Join ${company}` }).click();
  await seeHeading(visitor.page, 'Book a desk');
  return visitor;
}

describe('booking a desk on the floor plan', () => {
  let browser: Browser;
  const run = uniqueSuffix();
  const company = `Hooli ${run}`;
  const admin: Person = { name: 'Anna Schmidt', email: `anna.${run}@example.com`, password: strongPassword() };
  const manager: Person = { name: 'Frank Facility', email: `frank.${run}@example.com`, password: strongPassword() };
  const employee: Person = { name: 'Ben Braun', email: `ben.${run}@example.com`, password: strongPassword() };
  const visitors: Visitor[] = [];
  let managerLink = '';
  let employeeLink = '';
  let employeePage: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const visitor of visitors) expect(visitor.errors).toEqual([]);
    await browser.close();
  });

  it('lets a new admin invite a facility manager and an employee', async () => {
    const visitor = await openVisitor(browser);
    visitors.push(visitor);
    const { page } = visitor;
    await page.goto(appUrl('/signup'));
    await page.getByLabel('Company').fill(company);
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Work e-mail').fill(admin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await confirmSignUpFromMail(page, admin.email);
    await turnOffConsentGateAfterSignup(page);
    await seeHeading(page, 'Book a desk');
    // Nothing to book yet: the admin is pointed to the floor editor.
    await page.getByText('No locations yet').waitFor();
    await page.getByRole('link', { name: 'Open floor plans' }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Users' }).click();
    await seeHeading(page, 'Users');
    managerLink = await invite(page, manager, 'facility_manager');
    employeeLink = await invite(page, employee, 'employee');
    await page.getByRole('cell', { name: employee.email }).waitFor();
  });

  it('lets the facility manager set up a location, a floor, its plan and three desks', async () => {
    const visitor = await acceptInvite(browser, managerLink, manager, company);
    visitors.push(visitor);
    const { page } = visitor;

    await mainNav(page).getByRole('link', { name: 'Floor plans' }).click();
    await seeHeading(page, 'Floor plans');
    await page.getByText('No locations yet').waitFor();
    await page.getByRole('button', { name: 'Add location' }).click();

    // Open around the clock in UTC, so the test never depends on the time of day it runs at.
    const locationDialog = page.getByRole('dialog', { name: 'Add a location' });
    await locationDialog.getByLabel('Name').fill('Main office');
    await locationDialog.getByRole('combobox', { name: 'Time zone' }).fill('UTC');
    await page.getByRole('option', { name: 'UTC', exact: true }).click();
    for (const day of WEEKDAYS) {
      const open = locationDialog.getByRole('switch', { name: `Open on ${day}` });
      if (!(await open.isChecked())) await open.click();
      await locationDialog.getByLabel(`${day} opens at`).fill('00:00');
      await locationDialog.getByLabel(`${day} closes at`).fill('24:00');
    }
    await locationDialog.getByRole('button', { name: 'Add location' }).click();
    await locationDialog.waitFor({ state: 'hidden' });

    await page.getByText('No floors in Main office yet').waitFor();
    await page.getByRole('button', { name: 'Add floor' }).click();
    const floorDialog = page.getByRole('dialog', { name: 'Add a floor to Main office' });
    await floorDialog.getByLabel('Name').fill('2nd floor');
    await floorDialog.getByRole('button', { name: 'Add floor' }).click();
    await floorDialog.waitFor({ state: 'hidden' });

    await page.getByText('No plan for 2nd floor yet').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload plan' }).click();
    await (await chooser).setFiles({ name: 'plan.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(PLAN_SVG) });

    // A click on the plan adds a desk there, labelled D1, D2, D3.
    const plan = page.getByRole('region', { name: 'Floor plan of 2nd floor' });
    await plan.waitFor();
    const spots = [
      [0.3, 0.35],
      [0.45, 0.35],
      [0.6, 0.65],
    ];
    for (const [index, [fx, fy]] of spots.entries()) {
      const box = await plan.boundingBox();
      if (!box) throw new Error('the floor plan is not visible');
      await plan.click({ position: { x: box.width * fx, y: box.height * fy } });
      await page.getByRole('button', { name: `Desk D${String(index + 1)}`, exact: true }).waitFor();
    }
    const desks = page.getByRole('table', { name: 'Desks of 2nd floor' });
    for (const label of ['D1', 'D2', 'D3']) await desks.getByRole('rowheader', { name: label }).waitFor();
  });

  it('lets the employee book a desk on the map for tomorrow and see it as theirs', async () => {
    const visitor = await acceptInvite(browser, employeeLink, employee, company);
    visitors.push(visitor);
    const { page } = visitor;
    employeePage = page;

    await page.getByRole('region', { name: 'Floor plan of 2nd floor' }).waitFor();
    await page.getByRole('button', { name: 'Desk D2: Free' }).waitFor();
    // Tomorrow, 09:00–10:00 (location time, UTC): always in the future and within the 14 bookable days.
    await page.getByRole('button', { name: 'Next working day' }).click();
    await page.getByLabel('From').selectOption('09:00');
    await page.getByLabel('Until').selectOption('10:00');

    // Zoomed in before booking, the plan keeps its zoom afterwards (the card may pan it into view).
    const planWidth = async () => (await page.locator('.leaflet-image-layer').boundingBox())?.width;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(500);
    const zoomed = await planWidth();
    await page.getByRole('button', { name: 'Desk D2: Free' }).click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('button', { name: 'Desk D2: Your booking' }).waitFor();
    await page.waitForTimeout(500);
    expect(await planWidth()).toBe(zoomed);
    await page.getByText(/^D2 is yours: /).waitFor();
    await page.getByRole('list', { name: 'Legend' }).getByText('Your booking').waitFor();

    const mine = (await (await page.request.get(appUrl('/api/bookings/mine'))).json()) as {
      deskLabel: string;
      startsAt: string;
      endsAt: string;
    }[];
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(mine.map(({ deskLabel, startsAt, endsAt }) => ({ deskLabel, startsAt, endsAt }))).toEqual([
      { deskLabel: 'D2', startsAt: `${tomorrow}T09:00:00.000Z`, endsAt: `${tomorrow}T10:00:00.000Z` },
    ]);
  });

  it('lets the employee cancel the booking from My bookings, after confirming', async () => {
    const page = employeePage;
    await mainNav(page).getByRole('link', { name: 'My bookings' }).click();
    await seeHeading(page, 'My bookings');
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    await upcoming.getByRole('heading', { name: /^Tomorrow, / }).waitFor();
    await upcoming.getByText('Desk D2').waitFor();

    await upcoming.getByRole('button', { name: /^Cancel booking of D2 on / }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel your booking of D2?' });
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByText('Your booking of D2 was cancelled.').waitFor();

    await page.getByText('No upcoming bookings').waitFor();
    // Cancelled but not over: listed as cancelled, under its day ("Tomorrow"), not among past bookings.
    const cancelled = page.getByRole('region', { name: 'Cancelled', exact: true });
    await cancelled.getByRole('heading', { name: /^Tomorrow, / }).waitFor();
    await cancelled.getByRole('listitem').getByText('Cancelled', { exact: true }).waitFor();
    await page.getByText('No past bookings in the last weeks.').waitFor();
    const mine = (await (await page.request.get(appUrl('/api/bookings/mine'))).json()) as { cancelReason: string | null }[];
    expect(mine.map((booking) => booking.cancelReason)).toEqual(['user']);
  });
});
