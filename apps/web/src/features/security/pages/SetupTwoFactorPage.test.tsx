import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/types';
import { A_TOTP_SETUP, aMe, aUser, TEN_RECOVERY_CODES } from '../../../test/fixtures';
import { apiError, json, onRequest } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

function signedIn(initial: Partial<Me>) {
  let me = aMe(initial);
  onRequest('GET', '/api/me', () => json(200, me));
  return {
    update: (changes: Partial<Me>) => {
      me = { ...me, ...changes };
    },
  };
}

/** The enrolment API turns 2FA on with any code; returns whether the person logged out. */
function enrolmentAnswers(account: ReturnType<typeof signedIn>) {
  const state = { loggedOut: false };
  onRequest('POST', '/api/auth/logout', () => {
    state.loggedOut = true;
    return json(204, null);
  });
  onRequest('POST', '/api/me/2fa/setup', () => json(200, A_TOTP_SETUP));
  onRequest('POST', '/api/me/2fa/enable', () => {
    account.update({ totpEnabled: true, totpEnrollmentRequired: false });
    return json(200, { recoveryCodes: TEN_RECOVERY_CODES });
  });
  return state;
}

/** Walks the enrolment screen up to the recovery codes. */
async function enrolUpToRecoveryCodes() {
  fireEvent.change(await screen.findByLabelText(/^Your password/), { target: { value: 'pw' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
  fireEvent.change(await screen.findByLabelText(/^6-digit code/), { target: { value: '123456' } });
  fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));
  await screen.findByRole('list', { name: 'Recovery codes' });
}

describe('forced two-factor enrolment', () => {
  it('takes people whose company requires 2FA to the enrolment screen, then on to the page they asked for', async () => {
    const account = signedIn({ totpEnrollmentRequired: true });
    onRequest('GET', '/api/users', () => json(200, [aUser()]));
    onRequest('POST', '/api/me/2fa/setup', () => json(200, A_TOTP_SETUP));
    onRequest('POST', '/api/me/2fa/enable', () => {
      account.update({ totpEnabled: true, totpEnrollmentRequired: false });
      return json(200, { recoveryCodes: TEN_RECOVERY_CODES });
    });
    const { router } = renderApp('/admin/users');

    expect(await screen.findByRole('heading', { name: 'Set up two-factor authentication', level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/setup-2fa');
    expect(screen.getByText('Your company requires two-factor authentication')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Your password/), { target: { value: 'pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.change(await screen.findByLabelText(/^6-digit code/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));
    // The codes stay on screen although the API no longer requires enrolment: they are shown only once.
    fireEvent.click(await screen.findByLabelText('I have saved these codes'));
    expect(router.state.location.pathname).toBe('/setup-2fa');
    fireEvent.click(screen.getByRole('button', { name: 'Continue to Deskbook' }));

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');
  });

  it('follows the API when it starts refusing requests with TOTP_ENROLLMENT_REQUIRED', async () => {
    signedIn({});
    onRequest('GET', '/api/users', () => apiError(403, 'TOTP_ENROLLMENT_REQUIRED'));
    const { router } = renderApp('/admin/users');
    expect(await screen.findByText('Your company requires two-factor authentication')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/setup-2fa');
  });

  it('sends people who need no enrolment from the enrolment screen into the app', async () => {
    signedIn({});
    const { router } = renderApp('/setup-2fa');
    expect(await screen.findByRole('heading', { name: 'Book a desk' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/book');
  });

  it('lets people log out instead', async () => {
    let signedOut = false;
    onRequest('GET', '/api/me', () => (signedOut ? apiError(401, 'UNAUTHENTICATED') : json(200, aMe({ totpEnrollmentRequired: true }))));
    onRequest('POST', '/api/auth/logout', () => {
      signedOut = true;
      return json(204, null);
    });
    const { router } = renderApp('/book');
    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/login');
    });
  });

  it('asks before logging out while the recovery codes are shown and not saved', async () => {
    const api = enrolmentAnswers(signedIn({ totpEnrollmentRequired: true }));
    const { router } = renderApp('/setup-2fa');
    await enrolUpToRecoveryCodes();

    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log out without saving your recovery codes?' });
    expect(within(dialog).getByText(/You have not saved your recovery codes yet/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay and save them' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(api.loggedOut).toBe(false);
    expect(screen.getByRole('list', { name: 'Recovery codes' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log out anyway' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/login');
    });
    expect(api.loggedOut).toBe(true);
  });

  it('logs out without asking once the codes are saved', async () => {
    const api = enrolmentAnswers(signedIn({ totpEnrollmentRequired: true }));
    const { router } = renderApp('/setup-2fa');
    await enrolUpToRecoveryCodes();
    fireEvent.click(screen.getByLabelText('I have saved these codes'));
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/login');
    });
    expect(api.loggedOut).toBe(true);
  });

  it('still answers unknown addresses by the enrolment screen', async () => {
    signedIn({ totpEnrollmentRequired: true });
    const { router } = renderApp('/no/such/page');
    expect(await screen.findByText('Your company requires two-factor authentication')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/setup-2fa');
  });
});
