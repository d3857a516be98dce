import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { Me } from '../../../api/types';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aCurrentNotice, aMe, aTenantSettings } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const BLOCKED = { required: true, currentVersionId: 'n-2', acceptedVersionId: 'n-1', acceptedAt: '2026-11-01T09:00:00Z' };
const ACCEPTED = { required: false, currentVersionId: 'n-2', acceptedVersionId: 'n-2', acceptedAt: '2026-12-07T09:00:00Z' };
const CHANGE = {
  version: 2,
  publishedAt: '2026-12-01T09:00:00Z',
  summary: 'Bookings now lose the booker’s name after 30 days instead of 90.',
};

/** An employee on My bookings; `me` answers GET /me (it changes as the test goes on). */
function onMyBookings(me: () => Me, bookings: () => Response = () => json(200, [])) {
  onRequest('GET', '/api/me', () => json(200, me()));
  onRequest('GET', '/api/tenant/settings', () => json(200, aTenantSettings()));
  onRequest('GET', '/api/locations', () => json(200, []));
  onRequest('GET', '/api/bookings/mine', bookings);
  return renderApp('/bookings');
}

const myBookingsHeading = () => screen.queryByRole('heading', { name: 'My bookings', level: 1 });

describe('the consent gate before the booking pages', () => {
  it('shows the notice instead of the page, with what changed since the accepted version', async () => {
    onRequest('GET', '/api/privacy-notice/current', () => json(200, aCurrentNotice({ changesSince: [CHANGE] })));
    onMyBookings(() => aMe({ role: 'employee', consent: BLOCKED }));

    expect(await screen.findByRole('dialog', { name: 'Privacy notice for desk booking' })).toBeTruthy();
    expect(await screen.findByText('Acme GmbH records your desk bookings.')).toBeTruthy();
    expect(screen.getByText('What changed since you last accepted')).toBeTruthy();
    expect(screen.getByText(/after 30 days instead of 90/)).toBeTruthy();
    // The confirmation comes before the full text, which stays folded.
    expect(screen.getByRole('button', { name: 'Read the full notice' })).toBeTruthy();
    expect(screen.getByText(/not on your consent/)).toBeTruthy();
    expect(myBookingsHeading()).toBeNull();
    expect(requests.some((request) => request.url.endsWith('/api/bookings/mine'))).toBe(false);
    const asked = new URL(requests.find((request) => request.url.includes('/privacy-notice/current'))?.url ?? '');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ lang: 'en', since: 'n-1' });
    // Reading the notice and the person's data stay reachable.
    expect(screen.getByRole('link', { name: 'Privacy page' }).getAttribute('href')).toBe('/account/privacy');
    expect(screen.getByRole('link', { name: 'My data' }).getAttribute('href')).toBe('/account/data');
  });

  it('records the reading of this version and opens the page', async () => {
    let consent = BLOCKED;
    const given: unknown[] = [];
    onRequest('GET', '/api/privacy-notice/current', () => json(200, aCurrentNotice()));
    onRequest('POST', '/api/consents', async (request) => {
      given.push(await request.json());
      consent = ACCEPTED;
      return json(201, {
        id: 'c-1',
        noticeVersionId: 'n-2',
        version: 2,
        contentHash: 'a',
        locale: 'en',
        acceptedAt: ACCEPTED.acceptedAt,
        withdrawnAt: null,
      });
    });
    onMyBookings(() => aMe({ role: 'employee', consent }));

    fireEvent.click(await screen.findByRole('button', { name: 'I have read the privacy notice' }));
    expect(await screen.findByRole('heading', { name: 'My bookings', level: 1 })).toBeTruthy();
    expect(given).toEqual([{ noticeVersionId: 'n-2' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reloads the newer notice and says so when the version read is no longer current (409)', async () => {
    let current = aCurrentNotice();
    onRequest('GET', '/api/privacy-notice/current', () => json(200, current));
    onRequest('POST', '/api/consents', () => {
      current = aCurrentNotice({ id: 'n-3', version: 3, body: '# Privacy notice\n\n## In short\n\nNow with a processor.' });
      return apiError(409, 'NOT_CURRENT_VERSION');
    });
    onMyBookings(() => aMe({ role: 'employee', consent: { ...BLOCKED, currentVersionId: current.id } }));

    fireEvent.click(await screen.findByRole('button', { name: 'I have read the privacy notice' }));
    expect(await screen.findByText(/A newer version \(version 3\) was published while you were reading/)).toBeTruthy();
    expect(await screen.findByText('Now with a processor.')).toBeTruthy();
    expect(myBookingsHeading()).toBeNull();
  });

  it('shows the notice when any request answers 403 CONSENT_REQUIRED (a version published while the page was open)', async () => {
    let consent: Me['consent'] = ACCEPTED;
    onRequest('GET', '/api/privacy-notice/current', () => json(200, aCurrentNotice({ id: 'n-3', version: 3 })));
    onMyBookings(
      () => aMe({ role: 'employee', consent }),
      () => {
        consent = { ...ACCEPTED, required: true, currentVersionId: 'n-3' };
        return apiError(403, 'CONSENT_REQUIRED', { noticeVersionId: 'n-3' });
      },
    );

    expect(await screen.findByRole('button', { name: 'I have read the privacy notice' })).toBeTruthy();
    expect(myBookingsHeading()).toBeNull();
    await waitFor(() => {
      expect(requests.filter((request) => request.url.endsWith('/api/me')).length).toBeGreaterThan(1);
    });
  });

  it('speaks German', async () => {
    await i18n.changeLanguage('de');
    onRequest('GET', '/api/privacy-notice/current', () => json(200, aCurrentNotice({ lang: 'de', changesSince: [CHANGE] })));
    onMyBookings(() => aMe({ role: 'employee', locale: 'de', consent: BLOCKED }));

    expect(await screen.findByRole('button', { name: 'Ich habe den Datenschutzhinweis gelesen' })).toBeTruthy();
    expect(screen.getByText('Was sich seit Ihrer letzten Bestätigung geändert hat')).toBeTruthy();
    expect(screen.getByText(/nicht auf einer Einwilligung/)).toBeTruthy();
    const asked = new URL(requests.find((request) => request.url.includes('/privacy-notice/current'))?.url ?? '');
    expect(asked.searchParams.get('lang')).toBe('de');
  });
});
