import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../../../test/fixtures';
import { json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

describe('AccountPage e-mail notifications', () => {
  it('shows the two booking-mail switches and saves a change', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe()));
    onRequest('GET', '/api/me/calendar-feed', () => json(200, { url: null }));
    onRequest('GET', '/api/me/notifications', () => json(200, { bookingConfirmations: true, bookingCancellations: true }));
    onRequest('PATCH', '/api/me/notifications', () => json(200, { bookingConfirmations: true, bookingCancellations: false }));
    renderApp('/account');

    const card = await screen.findByRole('region', { name: 'E-mail notifications' });
    const confirmations = await within(card).findByRole('switch', { name: /Booking confirmations/ });
    const cancellations = within(card).getByRole('switch', { name: /Cancellations/ });
    expect((confirmations as HTMLInputElement).checked).toBe(true);
    fireEvent.click(cancellations);

    await waitFor(() => {
      expect((cancellations as HTMLInputElement).checked).toBe(false);
    });
    const patch = requests.find((r) => r.method === 'PATCH' && r.url.endsWith('/api/me/notifications'));
    expect(await patch?.json()).toEqual({ bookingCancellations: false });
  });
});
