import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneDesk, daysAgoAt, post, signUp, turnOffConsentGate } from './support/api.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

/**
 * A new company (its admin signed in through the API, the session cookie in `context`) with one desk and
 * `count` bookings of the admin that ended last week: history brought over with the import, so they are
 * due as soon as the retention period is shorter than a week.
 */
async function companyWithPastBookings(context: BrowserContext, count: number): Promise<{ password: string }> {
  const run = uniqueSuffix();
  const email = `olga.${run}@example.com`;
  const password = strongPassword();
  const { request } = context;
  await signUp(request, { tenantName: `Initech ${run}`, displayName: 'Olga Admin', email, password });
  await turnOffConsentGate(request);
  const { deskId } = await addOneDesk(request);
  const rows = Array.from({ length: count }, (_, index) => ({
    deskId,
    userEmail: email,
    startsAt: daysAgoAt(7 + index, 8),
    endsAt: daysAgoAt(7 + index, 12),
  }));
  expect(await post(request, '/api/admin/bookings/import', rows, 200)).toEqual({ imported: count, anonymizationQueued: true });
  return { password };
}

describe('anonymization and my data', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let password: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser);
    ({ password } = await companyWithPastBookings(context, 3));
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser.close();
  });

  it('sets the retention period to 0 days, runs the anonymization now and shows the processed count', async () => {
    await page.goto(appUrl('/admin/settings'));
    const card = page.getByRole('region', { name: 'Anonymization' });
    // The default period (30 days) keeps last week's bookings.
    await card.getByText('No bookings are due.').waitFor();

    await page.getByRole('textbox', { name: 'Retention period' }).fill('0');
    await page.getByText('Bookings lose the name of the person as soon as they end', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Shorten the retention period?' });
    await dialog.getByLabel('Type SHORTEN to confirm').fill('SHORTEN');
    await dialog.getByRole('button', { name: 'Shorten and save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('No unsaved changes.').waitFor();

    await card.getByText('3 bookings are due.').waitFor();
    await card.getByRole('button', { name: 'Run now' }).click();
    await page.getByText('Anonymization finished: 3 bookings processed.').waitFor();
    await card.getByText(/· 3 bookings processed$/).waitFor();
    await card.getByText('No bookings are due.').waitFor();

    const status = (await (await page.request.get(appUrl('/api/admin/anonymization/status'))).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ lastRunProcessed: 3, due: 0, running: false });
  });

  it('downloads my data from the My data page, reached from the Account page', async () => {
    await page.goto(appUrl('/account'));
    await page.getByRole('link', { name: 'Open My data' }).click();
    await page.getByRole('heading', { name: 'My data', exact: true, level: 1 }).waitFor();
    await page.getByText('Your bookings lose your name as soon as they end.', { exact: false }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^deskbook-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    expect(typeof data).toBe('object');
  });

  it('keeps the last administrator from deleting their account, and says what to do', async () => {
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const submit = dialog.getByRole('button', { name: 'Delete my account' });
    await dialog.getByLabel('Your password').fill('not-my-password');
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await submit.click();
    await dialog.getByText('This password is not correct.').waitFor();

    await dialog.getByLabel('Your password').fill(password);
    await submit.click();
    await dialog.getByText('You are the last administrator of your organization', { exact: false }).waitFor();
    expect(await dialog.getByRole('link', { name: 'Users page' }).getAttribute('href')).toBe('/admin/users');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
