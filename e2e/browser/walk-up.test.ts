import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneDesk, signUp, turnOffConsentGate } from './support/api.js';
import { seriousViolations, settle } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

/**
 * The desk's QR token, read from the database of the app under test: only the printed sheet carries
 * it, and reading a QR code back out of a PDF is not what this test is about.
 */
async function deskToken(deskId: string): Promise<string> {
  const url = process.env.DESKBOOK_DATABASE_URL ?? '';
  if (url.startsWith('sqlite://')) {
    const db = new Database(url.slice('sqlite://'.length), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT token FROM desk_qr_tokens WHERE deskId = ?').get(deskId) as { token: string } | undefined;
      if (!row) throw new Error(`no QR token for desk ${deskId}`);
      return row.token;
    } finally {
      db.close();
    }
  }
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT token FROM desk_qr_tokens WHERE deskId = ?', [deskId]);
    return (rows as { token: string }[])[0].token;
  } finally {
    await connection.end();
  }
}

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  await settle(page);
  expect(await seriousViolations(page, where)).toEqual([]);
}

describe('walk-up: scan a desk’s QR code on a phone, book it and check in', () => {
  let browser: Browser;
  const run = uniqueSuffix();
  const email = `walker.${run}@example.com`;
  const password = strongPassword();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from the code through login back to the desk, books it until it is next needed, and checks in', async () => {
    // The company, its desk and its admin, set up through the API.
    const setup = await newVisitor(browser);
    await signUp(setup.request, { tenantName: `Walk-up ${run}`, displayName: 'Wanda Walker', email, password });
    await turnOffConsentGate(setup.request);
    const { deskId } = await addOneDesk(setup.request);
    await setup.close();
    const token = await deskToken(deskId);

    // The phone: signed out, it opens the code's address.
    const phone = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, timezoneId: 'UTC' });
    phone.setDefaultTimeout(15_000);
    const page = await phone.newPage();
    const errors = collectPageErrors(page);
    await page.goto(appUrl(`/d/${token}`));
    await page.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();

    // Back on the desk's page.
    await page.getByRole('heading', { name: 'Desk D1', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/d/${token}`);
    await expect.poll(() => page.getByText('Ground floor · HQ').isVisible()).toBe(true);
    const bookNow = page.getByRole('button', { name: /^Book now until / });
    await bookNow.waitFor();
    await noSeriousViolations(page, 'walk-up page, desk free (phone)');

    await bookNow.click();
    const checkIn = page.getByRole('button', { name: 'Check in', exact: true });
    await checkIn.waitFor();
    await expect.poll(() => page.getByText(/^Your booking: /).isVisible()).toBe(true);
    await checkIn.click();
    await page.getByText('Checked in ✓').waitFor();
    await noSeriousViolations(page, 'walk-up page, checked in (phone)');

    // A code that is no longer valid says so.
    await page.goto(appUrl(`/d/${'x'.repeat(24)}`));
    await page.getByText('This code is no longer valid. Ask your facility manager for a new sheet.').waitFor();
    await noSeriousViolations(page, 'walk-up page, unknown code (phone)');
    expect(errors).toEqual([]);
    await phone.close();
  });
});
