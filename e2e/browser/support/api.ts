import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signUpThroughOutbox } from '../../support/outbox.mjs';
import { appUrl } from './browser.js';

const CSRF = { 'X-Requested-With': 'deskbook' };
const ALL_DAY = { open: '00:00', close: '24:00' };
export const ALWAYS_OPEN = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };

/** A time `daysAgo` days before now at `hour`:00 UTC. */
export function daysAgoAt(daysAgo: number, hour: number): string {
  const time = new Date();
  time.setUTCDate(time.getUTCDate() - daysAgo);
  time.setUTCHours(hour, 0, 0, 0);
  return time.toISOString();
}

/** Sends `data` to the API as whoever is signed in on `request`, expecting `status`. */
export async function post<T>(request: APIRequestContext, path: string, data: unknown, status: number): Promise<T> {
  const response = await request.post(appUrl(path), { headers: CSRF, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

/** The built app's DATA_DIR (startBuiltApp), where it writes its mail without SMTP. */
export function appDataDir(): string {
  const dir = process.env.DESKBOOK_DATA_DIR;
  if (!dir) throw new Error('DESKBOOK_DATA_DIR is not set: start the app with startBuiltApp and pass its dataDir');
  return dir;
}

/**
 * Signs a new company up through the API and confirms the address from the app's outbox, as its founder
 * would from the mail; `request` is signed in as that admin afterwards.
 */
export function signUp<T = { user: { id: string }; tenant: { id: string } }>(
  request: APIRequestContext,
  signup: { tenantName: string; displayName: string; email: string; password: string },
): Promise<T> {
  let status = 202;
  return signUpThroughOutbox(
    appDataDir(),
    async (path, data) => {
      const answer = await post<T>(request, path, data, status);
      status = 200;
      return answer;
    },
    signup,
  );
}

/** A location "HQ" (UTC, always open) with the floor "Ground floor" and on it the desk "D1". */
export async function addOneDesk(request: APIRequestContext): Promise<{ deskId: string }> {
  const location = await post<{ id: string }>(request, '/api/locations', { name: 'HQ', timezone: 'UTC', openingHours: ALWAYS_OPEN }, 201);
  const floor = await post<{ id: string }>(request, `/api/locations/${location.id}/floors`, { name: 'Ground floor', level: 0 }, 201);
  const desk = await post<{ id: string }>(request, `/api/floors/${floor.id}/desks`, { label: 'D1', x: 100, y: 50 }, 201);
  return { deskId: desk.id };
}

/** Changes what `data` names at `path` (e.g. the tenant settings) as whoever is signed in on `request`. */
export async function patch(request: APIRequestContext, path: string, data: unknown): Promise<void> {
  const response = await request.patch(appUrl(path), { headers: CSRF, data });
  expect(response.status(), await response.text()).toBe(200);
}

/** Uploads an SVG as the plan of a floor. */
export async function uploadPlan(request: APIRequestContext, floorId: string, svg: string): Promise<void> {
  const response = await request.put(appUrl(`/api/floors/${floorId}/plan`), {
    headers: CSRF,
    multipart: { file: { name: 'plan.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) } },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * For tests that are not about the privacy notice: the new company stops asking its people to confirm the
 * notice before booking (privacy.consentRequired, on by default), so nobody meets the consent gate.
 * `request` is signed in as the company's admin.
 */
export async function turnOffConsentGate(request: APIRequestContext): Promise<void> {
  const response = await request.patch(appUrl('/api/tenant/settings'), { headers: CSRF, data: { privacy: { consentRequired: false } } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The same right after signing up through the form: then the page reloads the signed-in admin without the gate. */
export async function turnOffConsentGateAfterSignup(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname !== '/signup');
  await turnOffConsentGate(page.context().request);
  await page.reload();
}
