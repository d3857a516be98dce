import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TenantSettings } from '../../../api/types';
import { aMe } from '../../../test/fixtures';
import { json, onRequest } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

const settings: TenantSettings = {
  privacy: {
    bookingVisibility: 'everyone',
    userChoiceDefault: true,
    retention: { mode: 'anonymize', afterDays: 30 },
    require2fa: 'off',
    consentRequired: true,
  },
  booking: { maxDaysAhead: 14, maxDurationMinutes: 600, slotMinutes: 30, checkInRequired: false, checkInGraceMinutes: 30 },
  organization: { legalName: '', address: '', contactEmail: '', dpoEmail: '', country: 'DE' },
};

function setUp() {
  const patches: unknown[] = [];
  onRequest('GET', '/api/me', () => json(200, aMe()));
  onRequest('GET', '/api/tenant/settings', () => json(200, settings));
  onRequest('PATCH', '/api/tenant/settings', async (request) => {
    const patch = (await request.json()) as Record<string, unknown>;
    patches.push(patch);
    return json(200, settings);
  });
  renderApp('/admin/settings');
  return patches;
}

describe('SettingsPage', () => {
  it('saves only what changed', async () => {
    const patches = setUp();
    fireEvent.click(await screen.findByLabelText(/^Nobody/));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { bookingVisibility: 'anonymous' } }]);
    });
  });

  it('asks for a typed confirmation before shortening retention', async () => {
    const patches = setUp();
    fireEvent.change(await screen.findByLabelText(/^Retention period/), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Shorten and save' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^Type SHORTEN/), { target: { value: 'shorten' } });
    fireEvent.click(confirm);

    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { retention: { afterDays: 7 } } }]);
    });
  });
});
