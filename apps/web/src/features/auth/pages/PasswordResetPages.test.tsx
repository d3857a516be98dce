import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

const bodiesOf = (path: string) =>
  Promise.all(requests.filter((r) => r.method === 'POST' && r.url.endsWith(path)).map((r) => r.json() as Promise<unknown>));

describe('forgot password', () => {
  it('is linked from the login page and says the same thing whatever the address', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/password-reset', () => json(202, { status: 'reset_requested' }));
    const { router } = renderApp('/login');

    fireEvent.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/forgot-password');
    });
    fireEvent.change(await screen.findByLabelText(/^E-mail/), { target: { value: ' anna@acme.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByText(/If an account exists for anna@acme\.example, we sent a link to it/)).toBeTruthy();
    expect(await bodiesOf('/api/auth/password-reset')).toEqual([{ email: 'anna@acme.example' }]);
  });
});

describe('reset password', () => {
  it('sets the new password with the token from the fragment and sends the person to the login page with a notice', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/password-reset/confirm', () => json(204, null));
    const { router } = renderApp('/reset-password#token=tok-123');

    fireEvent.change(await screen.findByLabelText(/^New password/), { target: { value: 'Lantern-Orchard-Velvet-93' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/login');
    });
    expect(await screen.findByText(/Your password was changed and you were signed out everywhere/)).toBeTruthy();
    expect(await bodiesOf('/api/auth/password-reset/confirm')).toEqual([{ token: 'tok-123', password: 'Lantern-Orchard-Velvet-93' }]);
  });

  it('explains an expired or used link and offers to ask again', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/password-reset/confirm', () => apiError(400, 'RESET_TOKEN_INVALID'));
    renderApp('/reset-password#token=old');

    fireEvent.change(await screen.findByLabelText(/^New password/), { target: { value: 'Lantern-Orchard-Velvet-93' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByRole('heading', { name: 'This reset link no longer works' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('says when the link is cut off', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    renderApp('/reset-password');
    expect(await screen.findByRole('heading', { name: 'This reset link is incomplete' })).toBeTruthy();
  });
});
