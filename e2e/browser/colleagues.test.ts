import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post } from './support/api.js';
import { seriousViolations, settle } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';
import { newPhoneVisitor, seedFortyDeskCompany, type SeededFloor } from './support/phone.js';

const SLOT_MS = 30 * 60_000;
/** The running half hour (the location is in UTC): a booking may start inside it, so it is today's at any time of day. */
function runningSlot(): { startsAt: string; endsAt: string } {
  const start = Math.floor(Date.now() / SLOT_MS) * SLOT_MS;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + SLOT_MS).toISOString() };
}

interface Member {
  id: string;
  email: string;
  password: string;
}

/** Invites an employee as the admin and accepts the invitation from a fresh, signed-out context. */
async function addMember(browser: Browser, admin: APIRequestContext, displayName: string): Promise<Member> {
  const email = `${displayName.split(' ')[0].toLowerCase()}.${uniqueSuffix()}@example.com`;
  const password = strongPassword();
  const invited = await post<{ user: { id: string }; inviteToken: string }>(
    admin,
    '/api/users',
    { email, displayName, role: 'employee' },
    201,
  );
  const invitee = await newVisitor(browser);
  await post(invitee.request, '/api/auth/accept-invite', { inviteToken: invited.inviteToken, password }, 200);
  await invitee.close();
  return { id: invited.user.id, email, password };
}

async function logIn(page: Page, member: Member): Promise<void> {
  await page.goto(appUrl('/login'));
  await page.getByLabel('E-mail').fill(member.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

describe('find a colleague, then book next to them', () => {
  let browser: Browser;
  let floor: SeededFloor;
  let member: Member;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The admin's company: 40 desks, everyone visible (the default), and Carla booked at D14 now.
    const setup = await newVisitor(browser);
    floor = await seedFortyDeskCompany(setup.request);
    const carla = await addMember(browser, setup.request, 'Carla Colleague');
    const d14 = floor.desks.find((d) => d.label === 'D14')!;
    await post(setup.request, '/api/bookings', { deskId: d14.id, forUserId: carla.id, ...runningSlot() }, 201);
    member = await addMember(browser, setup.request, 'Mona Member');
    await setup.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const device of ['phone', 'desktop'] as const) {
    it(`on a ${device}: "Show on map" opens the Book page on the colleague's desk with its card`, async () => {
      const context = device === 'phone' ? await newPhoneVisitor(browser) : await newVisitor(browser);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await logIn(page, member);
      await page.goto(appUrl('/colleagues'));
      await page.getByLabel('Name').fill('carla');
      const show = page.getByLabel('Show on map: desk D14 of Carla Colleague');
      await show.waitFor();
      await settle(page);
      expect(await seriousViolations(page, `${device} colleague search with a result`)).toEqual([]);
      await show.click();
      await page.waitForURL((url) => url.pathname === '/book');
      // The card of D14 opens by itself: a bottom sheet on a phone, the desk's popup on a desktop.
      const card = device === 'phone' ? page.getByRole('dialog', { name: 'Desk D14' }) : page.locator('.leaflet-popup');
      await card.getByText('Carla Colleague').first().waitFor();
      await settle(page);
      expect(await seriousViolations(page, `${device} Book page opened on a colleague's desk`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
