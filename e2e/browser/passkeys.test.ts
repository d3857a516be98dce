import type { APIRequestContext, Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpThroughOutbox } from '../support/outbox.mjs';
import { appDataDir } from './support/api.js';
import { auditAtEveryWidth, seriousViolations } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

/**
 * WebAuthn needs a secure context and a domain as RP ID: http://localhost is one, http://127.0.0.1
 * (an IP address) cannot be an RP ID. The API takes the RP ID from the host the browser uses.
 */
const origin = appUrl().replace('//127.0.0.1', '//localhost');
const at = (path: string) => `${origin}${path}`;
const CSRF = { 'X-Requested-With': 'deskbook' };

/** Signs a company up and confirms it from the outbox, on `origin` (so the session cookie is localhost's). */
function signUpAt(request: APIRequestContext, signup: { tenantName: string; displayName: string; email: string; password: string }) {
  return signUpThroughOutbox(
    appDataDir(),
    async (path, data) => {
      const response = await request.post(at(path), { headers: CSRF, data });
      expect(response.ok(), await response.text()).toBe(true);
      return (await response.json()) as unknown;
    },
    signup,
  );
}

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey with user verification, synced. */
async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      defaultBackupEligibility: true,
      defaultBackupState: true,
    },
  });
  return { cdp, authenticatorId };
}

async function seeHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

describe('passkeys', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('adds a passkey on the Security page, signs in with it from the login page, renames and removes it', async () => {
    const run = uniqueSuffix();
    const admin = { name: 'Petra Passkey', email: `petra.${run}@example.com`, password: strongPassword() };
    const context: BrowserContext = await newVisitor(browser);
    await signUpAt(context.request, { tenantName: `Hooli ${run}`, displayName: admin.name, email: admin.email, password: admin.password });
    const gate = await context.request.patch(at('/api/tenant/settings'), { headers: CSRF, data: { privacy: { consentRequired: false } } });
    expect(gate.status()).toBe(200);

    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);

    await page.goto(at('/account/security'));
    await seeHeading(page, 'Security');
    const card = page.getByRole('region', { name: 'Passkeys' });
    await card.getByText('No passkeys yet').waitFor();
    const violations = await auditAtEveryWidth(page, '/account/security (no passkeys)');

    // Add: the password again, a name, then the browser's dialog (answered by the virtual authenticator).
    await card.getByRole('button', { name: 'Add a passkey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
    violations.push(...(await seriousViolations(page, 'add passkey dialog')));
    await dialog.getByLabel('Your password').fill('not-my-password');
    await dialog.getByLabel('Name').fill('Work laptop');
    await dialog.getByRole('button', { name: 'Create passkey' }).click();
    await dialog.getByText('This password is not correct.').waitFor();
    await dialog.getByLabel('Your password').fill(admin.password);
    await dialog.getByRole('button', { name: 'Create passkey' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const list = card.getByRole('list', { name: 'Your passkeys' });
    const item = list.getByRole('listitem').filter({ hasText: 'Work laptop' });
    await item.waitFor();
    await item.getByText('Synced').waitFor();
    await item.getByText('not used yet').waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0].isResidentCredential).toBe(true);
    violations.push(...(await auditAtEveryWidth(page, '/account/security (one passkey)')));

    // Sign out, then in with the passkey alone.
    await page.getByRole('button', { name: `Account menu of ${admin.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await seeHeading(page, 'Log in');
    violations.push(...(await auditAtEveryWidth(page, '/login')));
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('button', { name: `Account menu of ${admin.name}` }).waitFor();
    const me = (await (await page.request.get(at('/api/me'))).json()) as { email: string; passkeys: number };
    expect(me).toMatchObject({ email: admin.email, passkeys: 1 });

    // Used just now; rename it.
    await page.goto(at('/account/security'));
    await item.getByText(/last used/).waitFor();
    await item.getByRole('button', { name: 'Rename passkey Work laptop' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename “Work laptop”' });
    await rename.getByLabel('Name').fill('Office laptop');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await rename.waitFor({ state: 'hidden' });
    const renamed = list.getByRole('listitem').filter({ hasText: 'Office laptop' });
    await renamed.waitFor();

    // Remove, after confirming.
    await renamed.getByRole('button', { name: 'Remove passkey Office laptop' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove “Office laptop”?' });
    await confirm.getByRole('button', { name: 'Remove passkey' }).click();
    await card.getByText('No passkeys yet').waitFor();

    // The passkey is still on the authenticator but no longer lets anyone in.
    await page.getByRole('button', { name: `Account menu of ${admin.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await seeHeading(page, 'Log in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('This passkey could not sign you in', { exact: false }).waitFor();

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers a passkey on the enrolment screen when the company requires 2FA; then the password alone is not enough', async () => {
    const run = uniqueSuffix();
    const admin = { name: 'Erik Enrol', email: `erik.${run}@example.com`, password: strongPassword() };
    const context = await newVisitor(browser);
    await signUpAt(context.request, {
      tenantName: `Pied Piper ${run}`,
      displayName: admin.name,
      email: admin.email,
      password: admin.password,
    });
    const policy = await context.request.patch(at('/api/tenant/settings'), {
      headers: CSRF,
      data: { privacy: { consentRequired: false, require2fa: 'everyone' } },
    });
    expect(policy.status()).toBe(200);

    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await addVirtualAuthenticator(page);
    await page.goto(at('/account/security'));
    await seeHeading(page, 'Set up two-factor authentication');
    await seeHeading(page, 'Use a passkey instead');
    const violations = await auditAtEveryWidth(page, '/setup-2fa');

    await page.getByRole('button', { name: 'Add a passkey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
    await dialog.getByLabel('Your password').fill(admin.password);
    await dialog.getByRole('button', { name: 'Create passkey' }).click();
    // Enrolled: on to the page they asked for.
    await seeHeading(page, 'Security');
    await page.getByRole('region', { name: 'Passkeys' }).getByRole('listitem').waitFor();

    await page.getByRole('button', { name: `Account menu of ${admin.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await seeHeading(page, 'Log in');
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByText('Sign in with your passkey.', { exact: false }).waitFor();
    violations.push(...(await seriousViolations(page, '/login with PASSKEY_REQUIRED')));
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('button', { name: `Account menu of ${admin.name}` }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/setup-2fa');

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says so when the person closes the passkey dialog', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    // No user to verify: the browser answers as if the dialog were cancelled.
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled: false });
    await page.goto(at('/login'));
    await seeHeading(page, 'Log in');
    await page.evaluate(() => {
      // Shorten the wait for a presence that never comes.
      const get = navigator.credentials.get.bind(navigator.credentials);
      navigator.credentials.get = (options) => {
        const controller = new AbortController();
        setTimeout(() => {
          controller.abort();
        }, 500);
        return get({ ...options, signal: controller.signal });
      };
    });
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('The passkey dialog was closed or timed out', { exact: false }).waitFor();
    await context.close();
  });
});
