import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneDesk, daysAgoAt, signUp, turnOffConsentGate } from './support/api.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

/** Signs a new company up through the API; the session cookie lands in the browser context. */
async function signUpNewCompany(context: BrowserContext): Promise<{ company: string }> {
  const run = uniqueSuffix();
  const company = `Globex ${run}`;
  await signUp(context.request, {
    tenantName: company,
    displayName: 'Greta Admin',
    email: `greta.${run}@example.com`,
    password: strongPassword(),
  });
  await turnOffConsentGate(context.request);
  return { company };
}

/** A CSV file for the booking import: a header line, then `rows`. */
function csvFile(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  const text = ['floorName,deskLabel,startsAt,endsAt', ...rows, ''].join('\r\n');
  return { name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(text) };
}

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

describe('admin pages', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser);
    await signUpNewCompany(context);
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser.close();
  });

  it('saves a privacy setting and confirms shortening retention with a typed word', async () => {
    await page.goto(appUrl('/admin/settings'));
    await seeHeading(page, 'Settings');
    await page.getByRole('radio', { name: 'Nobody' }).check();
    await page.getByText('Tightening to “Nobody” hides every name at once', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.getByRole('textbox', { name: 'Retention period' }).fill('7');
    await page.getByText('Bookings lose the name of the person 7 days after they end', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Shorten the retention period?' });
    await dialog.getByLabel('Type SHORTEN to confirm').fill('SHORTEN');
    await dialog.getByRole('button', { name: 'Shorten and save' }).click();
    await page.getByText('No unsaved changes.').waitFor();

    const settings = (await (await page.request.get(appUrl('/api/tenant/settings'))).json()) as {
      privacy: { bookingVisibility: string; retention: { afterDays: number } };
    };
    expect(settings.privacy.bookingVisibility).toBe('anonymous');
    expect(settings.privacy.retention.afterDays).toBe(7);
  });

  it('lists the settings changes in the audit log', async () => {
    await page.goto(appUrl('/admin/audit'));
    await seeHeading(page, 'Audit log');
    await page.getByRole('cell', { name: 'Settings changed' }).first().waitFor();
    await page.getByText('Booking visibility changed from “Everyone” to “Nobody”').waitFor();
    await page.getByText('Retention period changed from “30 days” to “7 days”').waitFor();
    expect(await page.getByText('privacy.', { exact: false }).count()).toBe(0);
  });

  it("filters the audit log by days written in the app's language, not the browser's", async () => {
    // An American English browser, the app switched to German.
    const german = await newVisitor(browser, 'en-US');
    await signUpNewCompany(german);
    await addOneDesk(german.request);
    await german.addInitScript(() => {
      window.localStorage.setItem('deskbook.language', 'de');
    });
    const germanPage = await german.newPage();
    const germanErrors = collectPageErrors(germanPage);
    await germanPage.goto(appUrl('/admin/audit'));
    await seeHeading(germanPage, 'Protokoll');
    const from = germanPage.getByRole('textbox', { name: 'Von' });
    const to = germanPage.getByRole('textbox', { name: 'Bis' });
    expect(await to.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await germanPage.getByRole('cell', { name: 'Standort angelegt' }).first().waitFor();

    await from.fill('1.1.2020');
    await to.fill('31.01.2020');
    await germanPage.getByText('Keine Ereignisse in diesem Zeitraum').waitFor();
    await to.blur();
    expect(await to.inputValue()).toBe('31.01.2020');

    await to.fill('01/31/2020');
    await to.blur();
    await germanPage.getByText('Datum als TT.MM.JJJJ eingeben.').waitFor();

    await germanPage.getByRole('button', { name: 'Letzte 7 Tage' }).click();
    await germanPage.getByRole('cell', { name: 'Standort angelegt' }).first().waitFor();
    expect(germanErrors).toEqual([]);
    await german.close();
  });

  it('imports booking history from a CSV file, and lists the problem rows of a refused one', async () => {
    await addOneDesk(context.request);
    await page.goto(appUrl('/admin/settings'));
    const card = page.getByRole('region', { name: 'Import booking history' });
    const fileInput = card.locator('input[type="file"]');
    const importButton = card.getByRole('button', { name: 'Import', exact: true });
    const lastWeek = `Ground floor,D1,${daysAgoAt(7, 8)},${daysAgoAt(7, 12)}`;

    await fileInput.setInputFiles(csvFile([lastWeek]));
    await importButton.click();
    await card.getByText('1 booking imported.').waitFor();

    await fileInput.setInputFiles(csvFile([`Ground floor,D1,${daysAgoAt(6, 8)},${daysAgoAt(6, 12)}`, lastWeek.replace(',D1,', ',Z9,')]));
    await importButton.click();
    await card.getByText('Nothing was imported. The file has 1 problem:').waitFor();
    const firstProblem = card.getByRole('table', { name: 'Problems in the file' }).getByRole('row').nth(1);
    expect(await firstProblem.getByRole('cell').allTextContents()).toEqual([
      '2',
      'deskLabel',
      'There is no desk “Z9” on the floor “Ground floor”.',
    ]);
  });

  it('closes dialogs with Escape', async () => {
    await page.goto(appUrl('/admin/users'));
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a colleague' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('answers unknown addresses with a 404 page', async () => {
    await page.goto(appUrl('/no/such/page'));
    await seeHeading(page, 'Page not found');
  });

  it('sends signed-out visitors to the login page', async () => {
    const stranger = await newVisitor(browser);
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(appUrl('/admin/users'));
    await seeHeading(strangerPage, 'Log in');
    expect(new URL(strangerPage.url()).pathname).toBe('/login');
    await stranger.close();
  });
});
