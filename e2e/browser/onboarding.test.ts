import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmSignUpFromMail, turnOffConsentGateAfterSignup } from './support/api.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

function mainNav(page: Page, name = 'Main navigation') {
  return page.getByRole('navigation', { name });
}

describe('onboarding a company', () => {
  let browser: Browser;
  const run = uniqueSuffix();
  const company = `Acme ${run}`;
  const admin = { name: 'Anna Schmidt', email: `anna.${run}@example.com`, password: strongPassword() };
  const colleague = { name: 'Ben Braun', email: `ben.${run}@example.com`, password: strongPassword() };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('signs up, invites a colleague who joins through the link, and switches to German', async () => {
    // The admin signs up a new company and lands in the app.
    const adminContext = await newVisitor(browser);
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);
    await adminPage.goto(appUrl('/signup'));
    await adminPage.getByLabel('Company').fill(company);
    await adminPage.getByLabel('Your name').fill(admin.name);
    await adminPage.getByLabel('Work e-mail').fill(admin.email);
    await adminPage.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await adminPage.getByRole('button', { name: 'Create account' }).click();
    await confirmSignUpFromMail(adminPage, admin.email);
    await turnOffConsentGateAfterSignup(adminPage);
    await seeHeading(adminPage, 'Book a desk');
    await adminPage.getByText(company, { exact: true }).waitFor();
    await mainNav(adminPage).getByRole('link', { name: 'Users' }).waitFor();

    // Log out, and back in.
    await adminPage.getByRole('button', { name: `Account menu of ${admin.name}` }).click();
    await adminPage.getByRole('menuitem', { name: 'Log out' }).click();
    await seeHeading(adminPage, 'Log in');
    await adminPage.getByLabel('E-mail').fill(admin.email);
    await adminPage.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await adminPage.getByRole('button', { name: 'Log in' }).click();
    await seeHeading(adminPage, 'Book a desk');

    // Invite a colleague and read the invite link off the page.
    await mainNav(adminPage).getByRole('link', { name: 'Users' }).click();
    await seeHeading(adminPage, 'Users');
    await adminPage.getByRole('button', { name: 'Invite user' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Invite a colleague' });
    await dialog.getByLabel('E-mail').fill(colleague.email);
    await dialog.getByLabel('Name').fill(colleague.name);
    await dialog.getByRole('button', { name: 'Create invite link' }).click();
    const inviteLink = await dialog.getByLabel('Invite link').inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${appUrl('/accept-invite#')}.+`));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await adminPage.getByRole('cell', { name: colleague.email }).waitFor();

    // The colleague opens the link in their own browser, chooses a password and is signed in.
    const colleagueContext = await newVisitor(browser);
    const colleaguePage = await colleagueContext.newPage();
    const colleagueErrors = collectPageErrors(colleaguePage);
    await colleaguePage.goto(inviteLink);
    await seeHeading(colleaguePage, `Welcome, ${colleague.name}!`);
    await colleaguePage.getByText(`${company} invited you to Deskbook as Employee`).waitFor();
    await colleaguePage.getByLabel('Choose a password').fill(colleague.password);
    await colleaguePage.getByRole('button', { name: `Join ${company}` }).click();
    await seeHeading(colleaguePage, 'Book a desk');
    const nav = mainNav(colleaguePage);
    await nav.getByRole('link', { name: 'Book', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);

    // German, at once and after a reload; the account remembers it too.
    await colleaguePage.getByLabel('Language', { exact: true }).selectOption('de');
    await seeHeading(colleaguePage, 'Arbeitsplatz buchen');
    await colleaguePage.getByText('Noch keine Standorte').waitFor();
    await colleaguePage.reload();
    await mainNav(colleaguePage, 'Hauptnavigation').getByRole('link', { name: 'Buchen', exact: true }).waitFor();
    expect(await colleaguePage.locator('html').getAttribute('lang')).toBe('de');
    const me = (await (await colleaguePage.request.get(appUrl('/api/me'))).json()) as { locale: string };
    expect(me.locale).toBe('de');

    expect(adminErrors).toEqual([]);
    expect(colleagueErrors).toEqual([]);
    await colleagueContext.close();
    await adminContext.close();
  });
});
