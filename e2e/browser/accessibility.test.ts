import type { APIRequestContext, Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, signUp, turnOffConsentGate } from './support/api.js';
import { seriousViolations, settle, WIDTHS } from './support/axe.js';
import { appUrl, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

type Role = 'employee' | 'facility_manager' | 'tenant_admin';

const PAGES_FOR_EVERYONE = ['/book', '/bookings', '/account', '/account/security', '/account/data', '/account/privacy'];
const PAGES: Record<Role, string[]> = {
  employee: PAGES_FOR_EVERYONE,
  facility_manager: [...PAGES_FOR_EVERYONE, '/floor-plans', '/analytics'],
  tenant_admin: [
    ...PAGES_FOR_EVERYONE,
    '/floor-plans',
    '/analytics',
    '/admin/users',
    '/admin/settings',
    '/admin/privacy-notice',
    '/admin/audit',
  ],
};

const ALL_DAY = { open: '00:00', close: '24:00' };
const ALWAYS_OPEN = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };
const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
  <rect x="3" y="3" width="794" height="494" fill="#f8f9fa" stroke="#343a40" stroke-width="6"/>
</svg>`;

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(appUrl(path));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settle(page);
}

/** Every page of the list at both widths, then `interact` (opening dialogs, toasts) at both widths. */
async function auditPages(page: Page, who: string, paths: string[], interact?: (page: Page) => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const path of paths) {
      await visit(page, path);
      found.push(...(await seriousViolations(page, `${who} ${size.name} ${path}`)));
    }
    if (interact) found.push(...(await interact(page)).map((line) => `${size.name} ${line}`));
  }
  return found;
}

function report(found: string[]): string {
  return `axe found serious or critical violations:\n${found.join('\n')}`;
}

async function put(request: APIRequestContext, path: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const response = await request.put(appUrl(path), { headers: { 'X-Requested-With': 'deskbook' }, multipart: { file } });
  expect(response.status(), await response.text()).toBe(200);
}

/** A location open around the clock, a floor with a plan and desks whose labels sort naturally. */
async function seedFloor(request: APIRequestContext): Promise<void> {
  const location = await post<{ id: string }>(request, '/api/locations', { name: 'HQ', timezone: 'UTC', openingHours: ALWAYS_OPEN }, 201);
  const floor = await post<{ id: string }>(request, `/api/locations/${location.id}/floors`, { name: 'Ground floor', level: 0 }, 201);
  await put(request, `/api/floors/${floor.id}/plan`, { name: 'plan.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(PLAN_SVG) });
  for (const [index, label] of ['D1', 'D2', 'D10', 'Window seat 12'].entries()) {
    await post(request, `/api/floors/${floor.id}/desks`, { label, x: 120 + index * 160, y: 250 }, 201);
  }
}

// Dozens of pages per test, each audited twice: far beyond the default per-test timeout.
describe('accessibility (axe-core: no serious or critical violations)', { timeout: 600_000 }, () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const run = uniqueSuffix();
  const company = `Initech ${run}`;
  let admin: BrowserContext;
  let unusedInviteToken = '';
  const tokens: Partial<Record<Role, string>> = {};

  async function visitor(): Promise<BrowserContext> {
    const context = await newVisitor(browser);
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    return context;
  }

  async function signedIn(role: Role): Promise<Page> {
    if (role === 'tenant_admin') return admin.newPage();
    const context = await visitor();
    await post(context.request, '/api/auth/accept-invite', { inviteToken: tokens[role], password: strongPassword() }, 200);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await visitor();
    await signUp(admin.request, {
      tenantName: company,
      displayName: 'Ada Admin',
      email: `ada.${run}@example.com`,
      password: strongPassword(),
    });
    // The consent dialog has its own audit (privacy-notice.test.ts); here the booking pages themselves.
    await turnOffConsentGate(admin.request);
    await seedFloor(admin.request);
    for (const role of ['employee', 'facility_manager'] as const) {
      const invited = await post<{ inviteToken: string }>(
        admin.request,
        '/api/users',
        { email: `${role}.${run}@example.com`, displayName: `Evi ${role}`, role },
        201,
      );
      tokens[role] = invited.inviteToken;
    }
    const unused = await post<{ inviteToken: string }>(
      admin.request,
      '/api/users',
      { email: `new.${run}@example.com`, displayName: 'Nora New', role: 'employee' },
      201,
    );
    unusedInviteToken = unused.inviteToken;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('signed out: login, sign-up and accept-invite (also while typing a password)', async () => {
    const page = await (await visitor()).newPage();
    const found = await auditPages(page, 'signed out', ['/login', '/signup'], async (current) => {
      // The password-strength dictionaries (over 1 MB) load only once the person starts typing.
      const engineRequests: string[] = [];
      const onRequest = (request: Request) => {
        if (/\/assets\/zxcvbn-engine-[\w-]+\.js$/.test(request.url())) engineRequests.push(request.url());
      };
      current.on('request', onRequest);
      await visit(current, `/accept-invite#${encodeURIComponent(unusedInviteToken)}`);
      expect(engineRequests).toEqual([]);
      await current.getByLabel('Choose a password').fill('password1');
      await current.getByText(/^Strength: /).waitFor();
      expect(engineRequests).toHaveLength(1);
      current.off('request', onRequest);
      return seriousViolations(current, 'accept-invite with a weak password typed');
    });
    expect(found.length, report(found)).toBe(0);
  });

  it('employee: every page, the desk card, a booking toast and the cancel dialog', async () => {
    const page = await signedIn('employee');
    const found = await auditPages(page, 'employee', PAGES.employee, async (current) => {
      const lines: string[] = [];
      // A label is never cut: shown whole when it fits its desk at this zoom, else left out (the marker's
      // name and tooltip still carry it).
      await visit(current, '/book');
      const longLabel = current
        .getByRole('button', { name: /^Desk Window seat 12:/ })
        .locator('[aria-hidden="true"] > span')
        .first();
      expect(await longLabel.evaluate((label) => label.scrollWidth - label.clientWidth)).toBeLessThanOrEqual(0);

      // Tomorrow, so My bookings then has an upcoming booking to cancel.
      await current.getByRole('button', { name: 'Next working day' }).click();
      const freeDesk = current.getByRole('button', { name: /^Desk D\d+: Free/ }).first();
      await freeDesk.click();
      // On a phone a tap on a desk too small to hit zooms in on it; the next tap opens its card.
      const book = current.getByRole('button', { name: 'Book', exact: true });
      await book.waitFor({ timeout: 2_000 }).catch(() => freeDesk.click());
      await book.waitFor();
      await settle(current);
      lines.push(...(await seriousViolations(current, 'employee /book desk card')));
      await current.getByRole('button', { name: 'Book', exact: true }).click();
      await current.getByText(/ is yours: /).waitFor();
      // The card's Cancel button now sits under the pointer that clicked Book: audit it unhovered.
      await current.mouse.move(0, 0);
      await settle(current);
      lines.push(...(await seriousViolations(current, 'employee /book booking toast')));

      await visit(current, '/bookings');
      await current
        .getByRole('button', { name: /^Cancel booking of / })
        .first()
        .click();
      await current.getByRole('dialog').waitFor();
      await settle(current);
      lines.push(...(await seriousViolations(current, 'employee /bookings cancel dialog')));
      await current.getByRole('dialog').getByRole('button', { name: 'Cancel booking' }).click();
      await current.getByText(/ was cancelled\./).waitFor();
      return lines;
    });
    expect(found.length, report(found)).toBe(0);
  });

  it('facility manager: every page', async () => {
    const page = await signedIn('facility_manager');
    const found = await auditPages(page, 'facility manager', PAGES.facility_manager);
    expect(found.length, report(found)).toBe(0);
  });

  it('tenant admin: every page, the invite dialog and a saved-settings toast', async () => {
    const page = await signedIn('tenant_admin');
    const found = await auditPages(page, 'tenant admin', PAGES.tenant_admin, async (current) => {
      const lines: string[] = [];
      await visit(current, '/admin/users');
      await current.getByRole('button', { name: 'Invite user' }).click();
      await current.getByRole('dialog', { name: 'Invite a colleague' }).waitFor();
      await settle(current);
      lines.push(...(await seriousViolations(current, 'tenant admin invite dialog')));
      await current.keyboard.press('Escape');

      await visit(current, '/admin/settings');
      const nobody = current.getByRole('radio', { name: 'Nobody' });
      await current.getByRole('radio', { name: (await nobody.isChecked()) ? 'Everyone' : 'Nobody', exact: true }).check();
      await current.getByRole('button', { name: 'Save changes' }).click();
      await current.getByText('Settings saved.').waitFor();
      lines.push(...(await seriousViolations(current, 'tenant admin settings toast')));
      return lines;
    });
    expect(found.length, report(found)).toBe(0);
  });
});
