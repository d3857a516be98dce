import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/types';
import { A_TOTP_SETUP, aMe, aSignInSession, TEN_RECOVERY_CODES } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

function signedIn(initial: Partial<Me> = {}) {
  let me = aMe(initial);
  onRequest('GET', '/api/me', () => json(200, me));
  onRequest('GET', '/api/me/sessions', () => json(200, [aSignInSession()]));
  onRequest('GET', '/api/me/2fa/recovery-codes', () => json(200, { remaining: 10 }));
  return {
    update: (changes: Partial<Me>) => {
      me = { ...me, ...changes };
    },
  };
}

async function bodiesOf(method: string, path: string): Promise<unknown[]> {
  const matching = requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
  return Promise.all(matching.map((r) => r.json() as Promise<unknown>));
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('SecurityPage: recovery codes', () => {
  it('says how many recovery codes are left and makes new ones with the password and a code', async () => {
    signedIn({ totpEnabled: true });
    let remaining = 2;
    onRequest('GET', '/api/me/2fa/recovery-codes', () => json(200, { remaining }));
    onRequest('POST', '/api/me/2fa/recovery-codes', async (request) => {
      const { password, code } = (await request.json()) as { password: string; code: string };
      if (password !== 'right-password') return apiError(403, 'PASSWORD_INCORRECT');
      if (code === 'ABCDE-FGHJK') return apiError(400, 'RECOVERY_CODE_USED');
      remaining = 10;
      return json(200, { recoveryCodes: TEN_RECOVERY_CODES });
    });
    renderApp('/account/security');

    const twoFactor = await screen.findByRole('region', { name: 'Two-factor authentication' });
    expect(await within(twoFactor).findByText(/2 recovery codes left/)).toBeTruthy();
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Generate new recovery codes' }));
    // Before anything is replaced, the person reads that their current codes stop working.
    expect(within(twoFactor).getByText(/your current codes stop working/)).toBeTruthy();
    fireEvent.change(within(twoFactor).getByLabelText(/^Your password/), { target: { value: 'right-password' } });
    const code = within(twoFactor).getByLabelText(/^Authentication code/);
    fireEvent.change(code, { target: { value: 'ABCDE-FGHJK' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Generate new codes' }));
    expect(await within(twoFactor).findByText(/This recovery code was already used/)).toBeTruthy();

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Generate new codes' }));
    const list = await within(twoFactor).findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(TEN_RECOVERY_CODES);
    expect(within(twoFactor).getByRole('button', { name: 'Download' })).toBeTruthy();
    fireEvent.click(within(twoFactor).getByLabelText('I have saved these codes'));
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Done' }));

    expect(await within(section('Two-factor authentication')).findByText('10 recovery codes left')).toBeTruthy();
    expect(await bodiesOf('POST', '/api/me/2fa/recovery-codes')).toEqual([
      { password: 'right-password', code: 'ABCDE-FGHJK' },
      { password: 'right-password', code: '123456' },
    ]);
  });

  it('can be cancelled before any codes are made', async () => {
    signedIn({ totpEnabled: true });
    renderApp('/account/security');
    const twoFactor = await screen.findByRole('region', { name: 'Two-factor authentication' });
    fireEvent.click(await within(twoFactor).findByRole('button', { name: 'Generate new recovery codes' }));
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Cancel' }));
    expect(await within(twoFactor).findByText('10 recovery codes left')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});

describe('SecurityPage: two-factor authentication', () => {
  it('turns it on: password, QR code and key, a code from the app, then recovery codes to save', async () => {
    const account = signedIn();
    onRequest('POST', '/api/me/2fa/setup', async (request) => {
      const { password } = (await request.json()) as { password: string };
      return password === 'right-password' ? json(200, A_TOTP_SETUP) : apiError(403, 'PASSWORD_INCORRECT');
    });
    onRequest('POST', '/api/me/2fa/enable', async (request) => {
      const { code } = (await request.json()) as { code: string };
      if (code !== '123456') return apiError(400, 'TOTP_INVALID');
      account.update({ totpEnabled: true });
      return json(200, { recoveryCodes: TEN_RECOVERY_CODES });
    });
    renderApp('/account/security');

    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor authentication' }));
    const twoFactor = section('Two-factor authentication');
    fireEvent.change(within(twoFactor).getByLabelText(/^Your password/), { target: { value: 'wrong' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Continue' }));
    expect(await within(twoFactor).findByText('This password is not correct.')).toBeTruthy();

    fireEvent.change(within(twoFactor).getByLabelText(/^Your password/), { target: { value: 'right-password' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Continue' }));
    const key = await within(twoFactor).findByLabelText<HTMLInputElement>(/^Setup key/);
    expect(key.value).toBe('JBSW Y3DP EHPK 3PXP');
    expect(within(twoFactor).getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeTruthy();
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Next' }));

    const code = await within(twoFactor).findByLabelText(/^6-digit code/);
    fireEvent.change(code, { target: { value: '654321' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Turn on two-factor authentication' }));
    expect(await within(twoFactor).findByText(/This code is not correct/)).toBeTruthy();
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(within(twoFactor).getByRole('button', { name: 'Turn on two-factor authentication' }));

    const list = await within(twoFactor).findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(TEN_RECOVERY_CODES);
    const done = within(twoFactor).getByRole('button', { name: 'Done' });
    expect(done.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(twoFactor).getByLabelText('I have saved these codes'));
    expect(done.hasAttribute('disabled')).toBe(false);
    fireEvent.click(done);

    expect(await screen.findByText('Two-factor authentication is on.')).toBeTruthy();
    await waitFor(() => {
      expect(within(section('Two-factor authentication')).getByRole('button', { name: 'Turn off' })).toBeTruthy();
    });
    expect(await bodiesOf('POST', '/api/me/2fa/enable')).toEqual([{ code: '654321' }, { code: '123456' }]);
  });

  it('asks before leaving while the recovery codes are not saved yet', async () => {
    signedIn();
    onRequest('POST', '/api/me/2fa/setup', () => json(200, A_TOTP_SETUP));
    onRequest('POST', '/api/me/2fa/enable', () => json(200, { recoveryCodes: TEN_RECOVERY_CODES }));
    const { router } = renderApp('/account/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor authentication' }));
    fireEvent.change(await screen.findByLabelText(/^Your password/), { target: { value: 'pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.change(await screen.findByLabelText(/^6-digit code/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));
    await screen.findByRole('list', { name: 'Recovery codes' });

    fireEvent.click(screen.getByRole('link', { name: 'Book' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving your recovery codes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay and save them' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(router.state.location.pathname).toBe('/account/security');
    expect(screen.getByRole('list', { name: 'Recovery codes' })).toBeTruthy();

    fireEvent.click(screen.getByLabelText('I have saved these codes'));
    fireEvent.click(screen.getByRole('link', { name: 'Book' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/book');
    });
  });

  it('offers to start again when the set-up has expired', async () => {
    signedIn();
    onRequest('POST', '/api/me/2fa/setup', () => json(200, A_TOTP_SETUP));
    onRequest('POST', '/api/me/2fa/enable', () => apiError(409, 'TOTP_SETUP_MISSING'));
    renderApp('/account/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor authentication' }));
    fireEvent.change(await screen.findByLabelText(/^Your password/), { target: { value: 'pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.change(await screen.findByLabelText(/^6-digit code/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));
    expect(await screen.findByText('This set-up has expired. Please start again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByLabelText(/^Your password/)).toBeTruthy();
  });

  it('turns it off with password and code, and warns when the company requires it', async () => {
    const account = signedIn({ totpEnabled: true });
    onRequest('GET', '/api/tenant/settings', () => json(200, { privacy: { require2fa: 'admins' } }));
    onRequest('POST', '/api/me/2fa/disable', async (request) => {
      const { code } = (await request.json()) as { code: string };
      if (code !== 'ABCDE-FGHJK') return apiError(400, 'TOTP_INVALID');
      account.update({ totpEnabled: false });
      return json(204, null);
    });
    renderApp('/account/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off two-factor authentication?' });
    expect(await within(dialog).findByText(/Your organization requires two-factor authentication/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Your password/), { target: { value: 'pw' } });
    fireEvent.change(within(dialog).getByLabelText(/^Authentication code/), { target: { value: '000000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await within(dialog).findByText(/This code is not correct or has expired/)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Authentication code/), { target: { value: 'ABCDE-FGHJK' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('Two-factor authentication is off.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Set up two-factor authentication' })).toBeTruthy();
  });

  it('closes the turn-off dialog with Escape', async () => {
    signedIn({ totpEnabled: true });
    onRequest('GET', '/api/tenant/settings', () => json(200, { privacy: { require2fa: 'off' } }));
    renderApp('/account/security');
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off two-factor authentication?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });
});

describe('SecurityPage: password', () => {
  it('changes the password and says that other devices were signed out', async () => {
    signedIn();
    onRequest('POST', '/api/me/password', async (request) => {
      const { currentPassword } = (await request.json()) as { currentPassword: string };
      return currentPassword === 'old-password' ? json(204, null) : apiError(403, 'PASSWORD_INCORRECT');
    });
    renderApp('/account/security');
    const password = await screen.findByRole('region', { name: 'Password' });
    fireEvent.change(within(password).getByLabelText(/^Current password/), { target: { value: 'typo' } });
    fireEvent.change(within(password).getByLabelText(/^New password/), {
      target: { value: 'Correct-Horse-Battery-2' },
    });
    fireEvent.click(within(password).getByRole('button', { name: 'Change password' }));
    expect(await within(password).findByText('This password is not correct.')).toBeTruthy();

    fireEvent.change(within(password).getByLabelText(/^Current password/), { target: { value: 'old-password' } });
    fireEvent.click(within(password).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('You were signed out on all your other devices.')).toBeTruthy();
    expect(await bodiesOf('POST', '/api/me/password')).toEqual([
      { currentPassword: 'typo', newPassword: 'Correct-Horse-Battery-2' },
      { currentPassword: 'old-password', newPassword: 'Correct-Horse-Battery-2' },
    ]);
  });

  it('puts a weak password back on the new password field', async () => {
    signedIn();
    onRequest('POST', '/api/me/password', () => apiError(400, 'WEAK_PASSWORD', { warning: null, suggestions: [], score: 1 }));
    renderApp('/account/security');
    const password = await screen.findByRole('region', { name: 'Password' });
    fireEvent.change(within(password).getByLabelText(/^Current password/), { target: { value: 'old-password' } });
    fireEvent.change(within(password).getByLabelText(/^New password/), { target: { value: 'password1' } });
    fireEvent.click(within(password).getByRole('button', { name: 'Change password' }));
    expect(await within(password).findByText(/This password is too easy to guess/)).toBeTruthy();
  });
});

describe('SecurityPage: active sessions', () => {
  it('lists devices with the current one marked, and signs out another after confirmation', async () => {
    signedIn();
    let sessions = [
      aSignInSession(),
      aSignInSession({
        id: 's-2',
        current: false,
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      }),
    ];
    onRequest('GET', '/api/me/sessions', () => json(200, sessions));
    onRequest('DELETE', '/api/me/sessions/s-2', () => {
      sessions = sessions.filter((s) => s.id !== 's-2');
      return json(204, null);
    });
    renderApp('/account/security');

    const table = await screen.findByRole('table', { name: /Devices where you are signed in/ });
    const current = within(table).getByRole('rowheader', { name: /Chrome on Linux/ });
    expect(current.textContent).toContain('This device');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).queryByRole('button')).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: /^Sign out Safari on iOS/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out Safari on iOS?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out device' }));
    expect(await screen.findByText('Safari on iOS was signed out.')).toBeTruthy();
    await waitFor(() => {
      expect(screen.queryByText('Safari on iOS')).toBeNull();
    });
  });

  it('explains when the sessions cannot be loaded', async () => {
    signedIn();
    // A 4xx: server errors are retried with back-off first.
    onRequest('GET', '/api/me/sessions', () => apiError(403, 'FORBIDDEN'));
    renderApp('/account/security');
    const sessions = await screen.findByRole('region', { name: 'Active sessions' });
    expect(await within(sessions).findByText('You are not allowed to do this.')).toBeTruthy();
    expect(within(sessions).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
