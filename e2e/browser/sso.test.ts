import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../api/support/oidc-provider.js';
import { signUp, turnOffConsentGate } from './support/api.js';
import { seriousViolations, settle, WIDTHS } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

const CSRF = { 'X-Requested-With': 'deskbook' };

/** Audits what the page shows at a desktop and a phone width. */
async function auditAtEveryWidth(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const { name, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    found.push(...(await seriousViolations(page, `${where} (${name})`)));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

describe('single sign-on through a real OpenID provider', () => {
  let browser: Browser;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    // Deskbook's redirect URI is built from the origin the browser uses (no PUBLIC_URL here).
    idp = await startOidcProvider([appUrl('/api/auth/sso/callback')]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await idp.close();
  });

  it("signs a person of an SSO tenant in through the provider's login page, from Deskbook's login page", async () => {
    const run = uniqueSuffix();
    const domain = `corp-${randomBytes(4).toString('hex')}.test`;

    // The company: an admin signs up and sets up single sign-on on the Settings page.
    const adminContext = await newVisitor(browser);
    const adminRequest = adminContext.request;
    await signUp(adminRequest, {
      tenantName: `Globex ${run}`,
      displayName: 'Ada Admin',
      email: `ada.${run}@example.com`,
      password: strongPassword(),
    });
    await turnOffConsentGate(adminRequest);
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);
    await adminPage.goto(appUrl('/admin/settings'));
    const section = adminPage.getByRole('region', { name: 'Single sign-on' });
    await section.waitFor();
    await section.getByRole('switch', { name: 'Single sign-on is on' }).check();
    await section.getByLabel('Issuer URL').fill(idp.issuer);
    await section.getByLabel('Client ID').fill(idp.clientId);
    await section.getByLabel('Client secret', { exact: true }).fill(idp.clientSecret);
    const domains = section.getByLabel('E-mail domains');
    await domains.fill(domain);
    await domains.press('Enter');
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await section.getByText('Single sign-on saved.').waitFor();
    await expect(section.getByRole('textbox', { name: 'Redirect URI' }).inputValue()).resolves.toBe(appUrl('/api/auth/sso/callback'));
    await expect(section.getByLabel('Client secret', { exact: true }).inputValue()).resolves.toBe('');
    await settle(adminPage);
    expect(await auditAtEveryWidth(adminPage, 'Settings, single sign-on')).toEqual([]);

    // "SSO only" asks first, and says what happens to admins.
    await section.getByRole('switch', { name: 'Single sign-on only' }).click({ force: true });
    const dialog = adminPage.getByRole('dialog', { name: 'Turn off passwords for members?' });
    await dialog.getByText(/two-factor authentication/).waitFor();
    expect(await seriousViolations(adminPage, 'SSO only confirmation')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await section.getByRole('switch', { name: 'Single sign-on only' }).isChecked()).toBe(false);
    expect(adminErrors).toEqual([]);

    // A person of the company, known only to the provider.
    const sub = `pat-${run}`;
    idp.accounts.set(sub, { email: `pat.${run}@${domain}`, emailVerified: true, name: 'Pat Provider' });
    const context = await newVisitor(browser);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(appUrl('/login'));
    await page.getByRole('textbox', { name: 'E-mail' }).fill(`pat.${run}@${domain}`);
    const continueWithSso = page.getByRole('link', { name: 'Continue with single sign-on' });
    await continueWithSso.waitFor();
    expect(await auditAtEveryWidth(page, 'Login with single sign-on')).toEqual([]);
    await continueWithSso.click();

    // The provider's own pages (oidc-provider's development login and consent forms).
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(sub);
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL((url) => url.origin === new URL(appUrl()).origin && url.pathname === '/');
    await page.getByRole('heading', { name: 'Book a desk', exact: true }).waitFor();
    const me = await context.request.get(appUrl('/api/me'));
    expect(await me.json()).toMatchObject({ email: `pat.${run}@${domain}`, displayName: 'Pat Provider', role: 'employee' });
    expect(pageErrors).toEqual([]);
  });

  it('says in words why single sign-on failed (?sso_error=)', async () => {
    const context = await newVisitor(browser, 'de-DE');
    const page = await context.newPage();
    await page.goto(appUrl('/login?sso_error=SSO_STATE_INVALID'));
    await page.getByRole('alert').getByText('Die Anmeldung hat zu lange gedauert').waitFor();
    await page.goto(appUrl('/login?sso_error=SOMETHING_NEW'));
    await page.getByRole('alert').getByText('Die Antwort Ihres Identitätsanbieters').waitFor();
    // Direct requests with a broken flow never reach a 500: the callback sends the browser back.
    const res = await context.request.get(appUrl('/api/auth/sso/callback?code=x&state=y'), { maxRedirects: 0, headers: CSRF });
    expect(res.status()).toBe(302);
    expect(res.headers().location).toBe('/login?sso_error=SSO_STATE_INVALID');
  });
});
