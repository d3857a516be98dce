import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ColleagueBooking } from '../../../api/types';
import { aMe, anOfficeLocation, aTenantSettings } from '../../../test/fixtures';
import { json, onRequest } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

const tenantSettings = aTenantSettings();
const withVisibility = (bookingVisibility: 'everyone' | 'anonymous') => ({
  ...tenantSettings,
  privacy: { ...tenantSettings.privacy, consentRequired: false, bookingVisibility },
});
const zelda: ColleagueBooking = {
  displayName: 'Zelda Zimmermann',
  deskId: 'd-2',
  deskLabel: 'D2',
  floorId: 'f-1',
  floorName: 'Ground floor',
  locationId: 'l-1',
  locationName: 'HQ',
  startsAt: '2026-12-08T08:00:00.000Z',
  endsAt: '2026-12-08T16:00:00.000Z',
};

function signedIn(visibility: 'everyone' | 'anonymous', results: ColleagueBooking[]) {
  onRequest('GET', '/api/me', () => json(200, aMe({ role: 'employee' })));
  onRequest('GET', '/api/tenant/settings', () => json(200, withVisibility(visibility)));
  onRequest('GET', '/api/locations', () => json(200, [anOfficeLocation()]));
  onRequest('GET', '/api/colleagues', () => json(200, results));
}

describe('ColleaguesPage', () => {
  it('lists where a colleague sits, with a link to the Book page on that place and day', async () => {
    signedIn('everyone', [zelda]);
    renderApp('/colleagues');
    fireEvent.change(await screen.findByRole('searchbox', { name: /name/i }), { target: { value: 'zel' } });
    expect(await screen.findByText('Zelda Zimmermann', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Desk D2 · Ground floor · HQ')).toBeTruthy();
    const link = screen.getByRole('link', { name: /^Show on map: desk D2 of Zelda Zimmermann/ });
    expect(link.getAttribute('href')).toMatch(/^\/book\?location=l-1&floor=f-1&date=\d{4}-\d{2}-\d{2}&desk=d-2$/);
  }, 15_000);

  it('says in words that nobody was found', async () => {
    signedIn('everyone', []);
    renderApp('/colleagues');
    fireEvent.change(await screen.findByRole('searchbox', { name: /name/i }), { target: { value: 'nobody' } });
    expect(await screen.findByText(/Nobody named “nobody” found on this day/, {}, { timeout: 3000 })).toBeTruthy();
  });

  it('explains that nobody can be found while bookings are anonymous', async () => {
    signedIn('anonymous', [zelda]);
    renderApp('/colleagues');
    expect(await screen.findByText('Your organisation keeps bookings anonymous, so nobody can be found.')).toBeTruthy();
    expect(screen.queryByText('Zelda Zimmermann')).toBeNull();
  });
});
