import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Passkey } from '../../../api/types';
import { aMe, aSignInSession } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

const aPasskey = (overrides: Partial<Passkey> = {}): Passkey => ({
  id: 'pk-1',
  name: 'Work laptop',
  createdAt: '2026-03-02T09:00:00.000Z',
  lastUsedAt: null,
  backedUp: false,
  ...overrides,
});

function signedIn(passkeys: Passkey[]) {
  onRequest('GET', '/api/me', () => json(200, aMe({ passkeys: passkeys.length })));
  onRequest('GET', '/api/me/sessions', () => json(200, [aSignInSession()]));
  onRequest('GET', '/api/me/passkeys', () => json(200, passkeys));
}

async function passkeysCard(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Passkeys' });
}

describe('SecurityPage: passkeys', () => {
  it('lists them with when they were added and used, and marks synced ones in words', async () => {
    signedIn([aPasskey(), aPasskey({ id: 'pk-2', name: 'iCloud Keychain', backedUp: true, lastUsedAt: '2026-03-05T09:00:00.000Z' })]);
    renderApp('/account/security');
    const card = await passkeysCard();
    const items = await within(card).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Work laptop.*Added Mar 2, 2026 · not used yet/),
      expect.stringMatching(/^iCloud Keychain.*Synced.*last used Mar 5, 2026/),
    ]);
    expect(within(items[0]).queryByText('Synced')).toBeNull();
  });

  it('says when the browser cannot use passkeys instead of offering to add one', async () => {
    signedIn([]);
    renderApp('/account/security');
    const card = await passkeysCard();
    expect(await within(card).findByText('No passkeys yet')).toBeTruthy();
    expect(within(card).getByText(/This browser does not support passkeys/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Add a passkey' })).toBeNull();
  });

  it('renames one', async () => {
    signedIn([aPasskey()]);
    onRequest('PATCH', '/api/me/passkeys/pk-1', () => json(200, aPasskey({ name: 'Office laptop' })));
    renderApp('/account/security');
    const card = await passkeysCard();
    fireEvent.click(await within(card).findByRole('button', { name: 'Rename passkey Work laptop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename “Work laptop”' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: '  Office laptop ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save name' }));
    await waitFor(() => {
      expect(requests.some((r) => r.method === 'PATCH')).toBe(true);
    });
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toEqual({ name: 'Office laptop' });
  });

  it('asks before removing one, and says why the last second factor must stay', async () => {
    signedIn([aPasskey()]);
    onRequest('DELETE', '/api/me/passkeys/pk-1', () => apiError(409, 'LAST_SECOND_FACTOR'));
    renderApp('/account/security');
    const card = await passkeysCard();
    fireEvent.click(await within(card).findByRole('button', { name: 'Remove passkey Work laptop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove “Work laptop”?' });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove passkey' }));
    expect(await screen.findByText(/this is your last second factor/)).toBeTruthy();
  });
});
