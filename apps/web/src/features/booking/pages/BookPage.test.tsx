import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { Booking, DeskAvailability, OfficeLocation } from '../../../api/types';
import { aFloor, aMe, anOfficeLocation, aTenantSettings } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

// Open around the clock in UTC: today always has a bookable slot, whenever the test runs.
const office = anOfficeLocation();
const floorWithoutPlan = aFloor();
const tenantSettings = aTenantSettings();
const settings = { ...tenantSettings, privacy: { ...tenantSettings.privacy, consentRequired: false } };
const desk = (label: string, overrides: Partial<DeskAvailability> = {}): DeskAvailability => ({
  deskId: `d-${label}`,
  label,
  x: 0,
  y: 0,
  zone: null,
  amenities: [],
  bookable: true,
  status: 'free',
  bookings: [],
  ...overrides,
});

function signedInWithPlaces(locations: OfficeLocation[], desks: () => DeskAvailability[], locale: 'en' | 'de' = 'en') {
  onRequest('GET', '/api/me', () => json(200, aMe({ role: 'employee', locale })));
  onRequest('GET', '/api/tenant/settings', () => json(200, settings));
  onRequest('GET', '/api/locations', () => json(200, locations));
  onRequest('GET', '/api/locations/l-1/floors', () => json(200, [floorWithoutPlan]));
  onRequest('GET', '/api/floors/f-1/availability', () => json(200, desks()));
}

function row(label: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: label });
  const tableRow = header.closest('tr');
  if (!tableRow) throw new Error(`no row for ${label}`);
  return tableRow;
}

describe('BookPage', () => {
  it('tells employees whom to ask while there are no locations', async () => {
    signedInWithPlaces([], () => []);
    renderApp('/book');
    expect(await screen.findByText('No locations yet')).toBeTruthy();
    expect(screen.getByText(/Ask your facility manager/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open floor plans' })).toBeNull();
  });

  it('lists the desks of a floor without a plan', async () => {
    signedInWithPlaces([office], () => [desk('D1'), desk('D2', { status: 'booked', bookings: [] })]);
    renderApp('/book');
    expect(await screen.findByRole('rowheader', { name: 'D1' })).toBeTruthy();
    expect(screen.getByText('This floor has no plan yet, so its desks are shown as a list.')).toBeTruthy();
    expect(within(row('D2')).getByText('Booked')).toBeTruthy();
    expect(within(row('D2')).queryByRole('button')).toBeNull();
  });

  it('shows a desk as yours at once, sending a fresh Idempotency-Key', async () => {
    let answer: (response: Response) => void = () => undefined;
    let booked = false;
    signedInWithPlaces([office], () => [
      desk('D1', booked ? { status: 'mine', bookings: [{ id: 'b-1', startsAt: '', endsAt: '', mine: true, bookedBy: null }] } : {}),
    ]);
    onRequest(
      'POST',
      '/api/bookings',
      () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    );
    renderApp('/book');
    fireEvent.click(await screen.findByRole('button', { name: 'Book D1' }));

    // Before the API has answered: the desk is already "mine".
    expect(await within(row('D1')).findByText('Your booking')).toBeTruthy();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post?.json()).toMatchObject({ deskId: 'd-D1' });

    booked = true;
    answer(json(201, { id: 'b-1', deskId: 'd-D1', deskLabel: 'D1' } satisfies Partial<Booking>));
    expect(await screen.findByText(/^D1 is yours: /)).toBeTruthy();
    expect(within(row('D1')).getByRole('button', { name: 'Cancel booking of D1' })).toBeTruthy();
  });

  it('offers no other desk while the person has one for the whole chosen time, and says which', async () => {
    // The chosen range is the rest of today at most: a booking from yesterday to tomorrow covers it.
    const allToday = { startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() };
    signedInWithPlaces([office], () => [
      desk('D1'),
      desk('D12', { status: 'mine', bookings: [{ id: 'b-1', ...allToday, mine: true, bookedBy: null }] }),
    ]);
    renderApp('/book');
    expect(await screen.findByText('You already have D12 for this time.')).toBeTruthy();
    expect(within(row('D1')).queryByRole('button', { name: 'Book D1' })).toBeNull();
    expect(within(row('D12')).getByRole('button', { name: 'Cancel booking of D12' })).toBeTruthy();
  });

  it('still offers other desks when the own booking covers only part of the chosen time', async () => {
    const partly = { startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() - 3_600_000).toISOString() };
    signedInWithPlaces([office], () => [
      desk('D1'),
      desk('D12', { status: 'mine', bookings: [{ id: 'b-1', ...partly, mine: true, bookedBy: null }] }),
    ]);
    renderApp('/book');
    expect(await screen.findByRole('button', { name: 'Book D1' })).toBeTruthy();
    expect(screen.queryByText('You already have D12 for this time.')).toBeNull();
  });

  it("offers the days in the app's language, whatever the browser's", async () => {
    await i18n.changeLanguage('de');
    signedInWithPlaces([office], () => [desk('D1')], 'de');
    renderApp('/book');
    const days = await screen.findByRole('combobox', { name: 'Datum' });
    const today = DateTime.utc().setLocale('de').toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
    expect(within(days).getAllByRole('option')[0]?.textContent).toBe(today);
  });

  it('takes the desk back and explains when someone else was faster', async () => {
    let taken = false;
    signedInWithPlaces([office], () => [desk('D1', taken ? { status: 'booked', bookings: [] } : {})]);
    onRequest('POST', '/api/bookings', () => {
      taken = true;
      return apiError(409, 'DESK_TAKEN');
    });
    renderApp('/book');
    fireEvent.click(await screen.findByRole('button', { name: 'Book D1' }));

    expect(await screen.findByText('Someone just booked D1. Pick another desk.')).toBeTruthy();
    await waitFor(() => {
      expect(within(row('D1')).getByText('Booked')).toBeTruthy();
    });
    expect(within(row('D1')).queryByText('Your booking')).toBeNull();
  });
});
