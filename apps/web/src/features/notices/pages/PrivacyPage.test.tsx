import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { Me } from '../../../api/types';
import { json, onRequest, requests } from '../../../test/fetch-mock';
import { aCurrentNotice, aMe } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const ACCEPTED: Me['consent'] = { required: false, currentVersionId: 'n-2', acceptedVersionId: 'n-2', acceptedAt: '2026-12-03T09:00:00Z' };
const WITHDRAWN: Me['consent'] = { required: true, currentVersionId: 'n-2', acceptedVersionId: null, acceptedAt: null };

function onPrivacyPage(me: () => Me) {
  onRequest('GET', '/api/me', () => json(200, me()));
  onRequest('GET', '/api/privacy-notice/current', () => json(200, aCurrentNotice()));
  return renderApp('/account/privacy');
}

const withdrawals = () => requests.filter((request) => request.method === 'DELETE' && request.url.endsWith('/api/consents/current'));

describe('PrivacyPage', () => {
  it('shows the whole notice and which version the person accepted when', async () => {
    onPrivacyPage(() => aMe({ role: 'employee', consent: ACCEPTED }));
    expect(await screen.findByText(/^You accepted version 2 on .*2026\.$/)).toBeTruthy();
    expect(await screen.findByText('Acme GmbH records your desk bookings.')).toBeTruthy();
    expect(screen.getByText('Acme GmbH, Hauptstraße 1.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See and download your data' }).getAttribute('href')).toBe('/account/data');
  });

  it('withdraws only after a confirmation that says booking will ask again', async () => {
    let consent = ACCEPTED;
    onRequest('DELETE', '/api/consents/current', () => {
      consent = WITHDRAWN;
      return json(204, null);
    });
    onPrivacyPage(() => aMe({ role: 'employee', consent }));

    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw your confirmation?' });
    expect(dialog.textContent).toContain('Booking will ask you again to read and confirm the privacy notice');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(withdrawals()).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('You have not confirmed the current version yet. Booking asks you to.')).toBeTruthy();
    expect(withdrawals()).toHaveLength(1);
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    });
  });

  it('speaks German', async () => {
    await i18n.changeLanguage('de');
    onPrivacyPage(() => aMe({ role: 'employee', locale: 'de', consent: ACCEPTED }));
    expect(await screen.findByRole('heading', { name: 'Datenschutz', level: 1 })).toBeTruthy();
    expect(await screen.findByText(/^Sie haben Fassung 2 am .* bestätigt\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Widerrufen' })).toBeTruthy();
  });
});
