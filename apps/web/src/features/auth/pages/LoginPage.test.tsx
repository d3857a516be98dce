import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

async function fillIn(label: RegExp, value: string) {
  fireEvent.change(await screen.findByLabelText(label), { target: { value } });
}

async function loginBodies(): Promise<unknown[]> {
  const posts = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/auth/login'));
  return Promise.all(posts.map((r) => r.json() as Promise<unknown>));
}

describe('LoginPage', () => {
  it('asks for the authenticator code when the API answers TOTP_REQUIRED, then sends it', async () => {
    let signedIn = false;
    onRequest('GET', '/api/me', () => (signedIn ? json(200, aMe()) : apiError(401, 'UNAUTHENTICATED')));
    onRequest('POST', '/api/auth/login', async (request) => {
      const body = (await request.json()) as { totp?: string };
      if (!body.totp) return apiError(401, 'TOTP_REQUIRED');
      signedIn = true;
      return json(200, { token: 't', user: {}, tenant: {} });
    });
    const { router } = renderApp('/login');

    await fillIn(/^E-mail/, 'anna@acme.example');
    await fillIn(/^Password/, 'Correct-Horse-Battery-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));

    const code = await screen.findByLabelText(/^Authentication code/);
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and log in' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/book');
    });
    expect(await loginBodies()).toEqual([
      { email: 'anna@acme.example', password: 'Correct-Horse-Battery-1' },
      { email: 'anna@acme.example', password: 'Correct-Horse-Battery-1', totp: '123456' },
    ]);
  });

  it('says clearly when e-mail or password is wrong', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/login', () => apiError(401, 'INVALID_CREDENTIALS'));
    renderApp('/login');
    await fillIn(/^E-mail/, 'anna@acme.example');
    await fillIn(/^Password/, 'wrong-password');
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    const alert = await screen.findByText('E-mail or password is not correct.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('asks to wait after too many attempts', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/login', () => apiError(429, 'TOO_MANY_REQUESTS'));
    renderApp('/login');
    await fillIn(/^E-mail/, 'anna@acme.example');
    await fillIn(/^Password/, 'whatever-password');
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    const alert = await screen.findByText(/Too many attempts/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('says how long to wait when the account is locked after failed attempts', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/login', () => apiError(429, 'TOO_MANY_ATTEMPTS', { retryAfterSeconds: 120 }));
    renderApp('/login');
    await fillIn(/^E-mail/, 'anna@acme.example');
    await fillIn(/^Password/, 'whatever-password');
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    const alert = await screen.findByText('Too many attempts. Try again in 2 minutes.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('mentions recovery codes at the code step and accepts one', async () => {
    let signedIn = false;
    onRequest('GET', '/api/me', () => (signedIn ? json(200, aMe()) : apiError(401, 'UNAUTHENTICATED')));
    onRequest('POST', '/api/auth/login', async (request) => {
      const body = (await request.json()) as { totp?: string };
      if (!body.totp) return apiError(401, 'TOTP_REQUIRED');
      signedIn = true;
      return json(200, { token: 't', user: {}, tenant: {} });
    });
    const { router } = renderApp('/login');
    await fillIn(/^E-mail/, 'anna@acme.example');
    await fillIn(/^Password/, 'Correct-Horse-Battery-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(/Use one of your recovery codes instead/)).toBeTruthy();
    fireEvent.change(await screen.findByLabelText(/^Authentication code/), { target: { value: 'ABCDE-FGHJK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and log in' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/book');
    });
    expect((await loginBodies())[1]).toMatchObject({ totp: 'ABCDE-FGHJK' });
  });
});
