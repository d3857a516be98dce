import { readFile } from 'node:fs/promises';
import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, turnOffConsentGate, turnOffConsentGateAfterSignup } from './support/api.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

function passwordField(page: Page) {
  return page.getByRole('textbox', { name: 'Password', exact: true });
}

/**
 * The enable flow on the current page (Security page or enrolment screen) up to the recovery codes:
 * password, the key read off the page, a code computed from it. Returns the key and the codes shown.
 * The code's time step is used up afterwards (the API refuses a code twice).
 */
async function enableTwoFactor(page: Page, password: string) {
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
  const groupedKey = await page.getByLabel('Setup key').inputValue();
  expect(groupedKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  const secret = groupedKey.replace(/\s/g, '');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await page.getByLabel('6-digit code').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

  const list = page.getByRole('list', { name: 'Recovery codes' });
  await list.waitFor();
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  return { secret, recoveryCodes };
}

/** Leaving the recovery codes takes ticking "I have saved these codes" first. */
async function confirmRecoveryCodesSaved(page: Page, doneLabel: string): Promise<void> {
  const done = page.getByRole('button', { name: doneLabel, exact: true });
  expect(await done.isDisabled()).toBe(true);
  await page.getByLabel('I have saved these codes').check();
  await done.click();
}

async function openUserMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu of ${name}` }).click();
}

describe('account security', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('turns on two-factor authentication on the Security page, then asks for a code at login', async () => {
    const run = uniqueSuffix();
    const admin = { name: 'Anna Schmidt', email: `anna.${run}@example.com`, password: strongPassword() };
    const context = await newVisitor(browser);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);

    await page.goto(appUrl('/signup'));
    await page.getByLabel('Company').fill(`Initech ${run}`);
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Work e-mail').fill(admin.email);
    await passwordField(page).fill(admin.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await turnOffConsentGateAfterSignup(page);
    await seeHeading(page, 'Book a desk');

    // Account → Security: 2FA is off, and this browser is the one signed-in device.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Account' }).click();
    await seeHeading(page, 'Account');
    await page.getByRole('link', { name: 'Manage security' }).click();
    await seeHeading(page, 'Security');
    expect(new URL(page.url()).pathname).toBe('/account/security');
    const sessions = page.getByRole('table', { name: /Devices where you are signed in/ });
    await sessions.getByRole('rowheader', { name: /Chrome on Linux/ }).waitFor();
    await sessions.getByText('This device').waitFor();

    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const { secret, recoveryCodes } = await enableTwoFactor(page, admin.password);
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    // The downloaded file holds exactly the codes shown.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(file.suggestedFilename()).toBe('deskbook-recovery-codes.txt');
    const fileText = await readFile(await file.path(), 'utf8');
    expect(fileText).toContain(admin.email);
    for (const code of recoveryCodes) expect(fileText).toContain(code);
    await confirmRecoveryCodesSaved(page, 'Done');

    await page.getByText('Two-factor authentication is on.').waitFor();
    const twoFactor = page.getByRole('region', { name: 'Two-factor authentication' });
    await twoFactor.getByText('On', { exact: true }).waitFor();
    await twoFactor.getByRole('button', { name: 'Turn off' }).click();
    const turnOff = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' });
    await turnOff.getByLabel('Your password').waitFor();
    await page.keyboard.press('Escape');
    await turnOff.waitFor({ state: 'hidden' });

    // Log out and back in: the password alone is not enough any more.
    await openUserMenu(page, admin.name);
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await seeHeading(page, 'Log in');
    await page.getByLabel('E-mail').fill(admin.email);
    await passwordField(page).fill(admin.password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByText('Use one of your recovery codes instead').waitFor();
    // Enabling used up the current time step; the API accepts the next one as well.
    await page.getByLabel('Authentication code').fill(await generate({ secret, epoch: nowSeconds() + 30 }));
    await page.getByRole('button', { name: 'Verify and log in' }).click();
    // Back where they logged out, signed in.
    await seeHeading(page, 'Security');
    await page.getByRole('region', { name: 'Two-factor authentication' }).getByText('On', { exact: true }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('takes a newly invited employee to the enrolment screen once the company requires 2FA', async () => {
    const run = uniqueSuffix();
    const company = `Umbrella ${run}`;
    const admin = { name: 'Greta Admin', email: `greta.${run}@example.com`, password: strongPassword() };
    const employee = { name: 'Ben Braun', email: `ben.${run}@example.com`, password: strongPassword() };

    const adminContext: BrowserContext = await newVisitor(browser);
    await signUp(adminContext.request, { tenantName: company, displayName: admin.name, email: admin.email, password: admin.password });
    await turnOffConsentGate(adminContext.request);
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);

    // Invite the employee while nothing is required yet.
    await adminPage.goto(appUrl('/admin/users'));
    await adminPage.getByRole('button', { name: 'Invite user' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Invite a colleague' });
    await dialog.getByLabel('E-mail').fill(employee.email);
    await dialog.getByLabel('Name').fill(employee.name);
    await dialog.getByRole('button', { name: 'Create invite link' }).click();
    const inviteLink = await dialog.getByLabel('Invite link').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Require 2FA for everyone. The admin has none either: the page says so, then asks them to set it up.
    await adminPage.goto(appUrl('/admin/settings'));
    await seeHeading(adminPage, 'Settings');
    await adminPage.getByRole('radio', { name: 'Required for everyone' }).check();
    await adminPage.getByText('This includes you', { exact: false }).waitFor();
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    await seeHeading(adminPage, 'Set up two-factor authentication');
    expect(new URL(adminPage.url()).pathname).toBe('/setup-2fa');
    const settings = (await (await adminPage.request.get(appUrl('/api/me'))).json()) as { totpEnrollmentRequired: boolean };
    expect(settings.totpEnrollmentRequired).toBe(true);

    // The employee accepts the invite and lands on the enrolment screen, with nothing else reachable.
    const employeeContext = await newVisitor(browser);
    const employeePage = await employeeContext.newPage();
    const employeeErrors = collectPageErrors(employeePage);
    await employeePage.goto(inviteLink);
    await seeHeading(employeePage, `Welcome, ${employee.name}!`);
    await employeePage.getByLabel('Choose a password').fill(employee.password);
    await employeePage.getByRole('button', { name: `Join ${company}` }).click();
    await seeHeading(employeePage, 'Set up two-factor authentication');
    await employeePage.getByText('Your company requires two-factor authentication').waitFor();
    expect(new URL(employeePage.url()).pathname).toBe('/setup-2fa');
    expect(await employeePage.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await employeePage.getByRole('button', { name: 'Log out' }).waitFor();

    await employeePage.goto(appUrl('/account'));
    await seeHeading(employeePage, 'Set up two-factor authentication');
    expect(new URL(employeePage.url()).pathname).toBe('/setup-2fa');

    // Once set up, the employee continues into the app.
    await enableTwoFactor(employeePage, employee.password);
    await confirmRecoveryCodesSaved(employeePage, 'Continue to Deskbook');
    await seeHeading(employeePage, 'Account');
    expect(new URL(employeePage.url()).pathname).toBe('/account');
    await employeePage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Book', exact: true }).waitFor();

    expect(adminErrors).toEqual([]);
    expect(employeeErrors).toEqual([]);
    await employeeContext.close();
    await adminContext.close();
  });
});
