import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxLinkToken, waitForOutboxMail } from '../support/outbox.mjs';
import { appDataDir, signUp, turnOffConsentGate } from './support/api.js';
import { auditAtEveryWidth } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

describe('invitations by mail (the app runs without SMTP: mail lands in its outbox folder)', () => {
  let browser: Browser;
  const run = uniqueSuffix();
  const company = `Mailroom ${run}`;
  const admin = { name: 'Anna Schmidt', email: `anna.${run}@example.com`, password: strongPassword() };
  const colleague = { name: 'Ben Braun', email: `ben.${run}@example.com`, password: strongPassword() };
  const pending = { name: 'Cem Demir', email: `cem.${run}@example.com` };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('an admin invites on the Users page, the person opens the mailed link, sets a password and is signed in', async () => {
    const adminContext = await newVisitor(browser);
    await signUp(adminContext.request, { tenantName: company, displayName: admin.name, email: admin.email, password: admin.password });
    await turnOffConsentGate(adminContext.request);
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);

    // Without SMTP the Users page says so; the invite link is still there to copy.
    await adminPage.goto(appUrl('/admin/users'));
    await seeHeading(adminPage, 'Users');
    await adminPage.getByText('E-mail is not configured on this server: invitations are not sent; copy the link instead.').waitFor();
    await adminPage.getByRole('button', { name: 'Invite user' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Invite a colleague' });
    await dialog.getByLabel('E-mail').fill(colleague.email);
    await dialog.getByLabel('Name').fill(colleague.name);
    await dialog.getByRole('button', { name: 'Create invite link' }).click();
    const copiedLink = await dialog.getByLabel('Invite link').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The mail: in the app's outbox, with the same link.
    const mail = await waitForOutboxMail(appDataDir(), { to: colleague.email, template: 'invite' });
    expect(mail.subject).toBe(`${admin.name} invited you to Deskbook at ${company}`);
    const token = outboxLinkToken(mail, '/accept-invite#');
    const mailedLink = /https?:\/\/\S+\/accept-invite#\S+/.exec(mail.text)?.[0];
    expect(mailedLink).toBe(copiedLink);
    expect(copiedLink.endsWith(token)).toBe(true);

    // Resending to a second pending person shows the new link (nothing is mailed to copy from).
    await adminPage.getByRole('button', { name: 'Invite user' }).click();
    await dialog.getByLabel('E-mail').fill(pending.email);
    await dialog.getByLabel('Name').fill(pending.name);
    await dialog.getByRole('button', { name: 'Create invite link' }).click();
    await dialog.getByLabel('Invite link').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await adminPage.getByRole('button', { name: `Send the invitation to ${pending.name} again` }).click();
    const resent = adminPage.getByRole('dialog', { name: `New invitation for ${pending.name}` });
    const resentLink = await resent.getByLabel('Invite link').inputValue();
    const resentMail = await waitForOutboxMail(appDataDir(), { to: pending.email, template: 'invite', after: 1 });
    expect(resentLink.endsWith(outboxLinkToken(resentMail, '/accept-invite#'))).toBe(true);
    await resent.getByRole('button', { name: 'Done' }).click();
    await resent.waitFor({ state: 'detached' });
    expect(await auditAtEveryWidth(adminPage, 'Users page with the mail notice')).toEqual([]);

    // The colleague opens the mailed link in their own browser, chooses a password and is signed in.
    const colleagueContext = await newVisitor(browser);
    const colleaguePage = await colleagueContext.newPage();
    const colleagueErrors = collectPageErrors(colleaguePage);
    await colleaguePage.goto(mailedLink!);
    await seeHeading(colleaguePage, `Welcome, ${colleague.name}!`);
    await colleaguePage.getByLabel('Choose a password').fill(colleague.password);
    await colleaguePage.getByRole('button', { name: `Join ${company}` }).click();
    await seeHeading(colleaguePage, 'Book a desk');

    // Their Account page: the booking-mail switches, saved at once.
    await colleaguePage.goto(appUrl('/account'));
    const card = colleaguePage.getByRole('region', { name: 'E-mail notifications' });
    const cancellations = card.getByRole('switch', { name: 'Cancellations' });
    expect(await cancellations.isChecked()).toBe(true);
    await cancellations.click({ force: true });
    await expect
      .poll(async () => (await (await colleaguePage.request.get(appUrl('/api/me/notifications'))).json()) as unknown)
      .toEqual({
        bookingConfirmations: true,
        bookingCancellations: false,
      });
    expect(await auditAtEveryWidth(colleaguePage, 'Account page')).toEqual([]);

    expect(adminErrors).toEqual([]);
    expect(colleagueErrors).toEqual([]);
    await colleagueContext.close();
    await adminContext.close();
  });
});
