import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDataDir, confirmSignUpFromMail, signUp } from './support/api.js';
import { auditAtEveryWidth } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';
import { waitForOutboxMail } from '../support/outbox.mjs';

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

describe('password reset', { timeout: 180_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('someone resets a forgotten password from the login page with the mailed link, then logs in with the new one', async () => {
    const run = uniqueSuffix();
    const person = { name: 'Paula Forgetful', email: `paula.${run}@example.com`, password: strongPassword() };
    const setupContext = await newVisitor(browser);
    await signUp(setupContext.request, {
      tenantName: `Globex ${run}`,
      displayName: person.name,
      email: person.email,
      password: person.password,
    });
    await setupContext.close();

    const context = await newVisitor(browser);
    // Hashing a password (argon2id) takes a while on a busy machine.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    const violations: string[] = [];

    await page.goto(appUrl('/login'));
    await seeHeading(page, 'Log in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await seeHeading(page, 'Reset your password');
    violations.push(...(await auditAtEveryWidth(page, '/forgot-password')));
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(`If an account exists for ${person.email}, we sent a link to it.`, { exact: false }).waitFor();
    violations.push(...(await auditAtEveryWidth(page, '/forgot-password (sent)')));

    const mail = await waitForOutboxMail(appDataDir(), { to: person.email, template: 'password-reset' });
    const link = /https?:\/\/\S+\/reset-password#token=[\w-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeTruthy();
    await page.goto(new URL(new URL(link!).pathname + new URL(link!).hash, appUrl('/')).toString());
    await seeHeading(page, 'Choose a new password');
    violations.push(...(await auditAtEveryWidth(page, '/reset-password')));
    const newPassword = strongPassword();
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();

    await seeHeading(page, 'Log in');
    await page.getByText('Your password was changed and you were signed out everywhere.', { exact: false }).waitFor();
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/book');

    // The link worked once: opening it again says so and offers a new one.
    await page.goto(new URL(new URL(link!).pathname + new URL(link!).hash, appUrl('/')).toString());
    await seeHeading(page, 'Choose a new password');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(strongPassword());
    await page.getByRole('button', { name: 'Save new password' }).click();
    await seeHeading(page, 'This reset link no longer works');
    violations.push(...(await auditAtEveryWidth(page, '/reset-password (used link)')));
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();

    expect(violations, violations.join('\n')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sign-up: "Check your inbox", resend, and the confirmation link land the founder in the app; the pages are axe-clean', async () => {
    const run = uniqueSuffix();
    const founder = { name: 'Fiona Founder', email: `fiona.${run}@example.com`, password: strongPassword() };
    const context = await newVisitor(browser);
    // Hashing a password (argon2id) takes a while on a busy machine.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    const violations: string[] = [];

    await page.goto(appUrl('/confirm-email#token=not-a-real-token'));
    await seeHeading(page, 'This confirmation link no longer works');
    violations.push(...(await auditAtEveryWidth(page, '/confirm-email (invalid link)')));

    await page.goto(appUrl('/signup'));
    await page.getByLabel('Company').fill(`Hooli ${run}`);
    await page.getByLabel('Your name').fill(founder.name);
    await page.getByLabel('Work e-mail').fill(founder.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(founder.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await seeHeading(page, 'Check your inbox');
    await page.getByText(`We sent a link to ${founder.email}.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText('We sent the link again.').waitFor();
    violations.push(...(await auditAtEveryWidth(page, '/signup (check your inbox)')));
    await waitForOutboxMail(appDataDir(), { to: founder.email, template: 'confirm-signup', after: 1 });

    await confirmSignUpFromMail(page, founder.email);
    await page.waitForURL((url) => url.pathname === '/book');

    expect(violations, violations.join('\n')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
