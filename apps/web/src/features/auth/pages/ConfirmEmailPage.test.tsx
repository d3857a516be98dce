import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

describe('ConfirmEmailPage', () => {
  it('confirms the address once with the token from the fragment and lands the person signed in', async () => {
    let confirmed = false;
    onRequest('GET', '/api/me', () => (confirmed ? json(200, aMe()) : apiError(401, 'UNAUTHENTICATED')));
    onRequest('PATCH', '/api/me', () => json(200, aMe()));
    onRequest('POST', '/api/auth/confirm-email', () => {
      confirmed = true;
      return json(200, { token: 't', user: {}, tenant: {} });
    });
    const { router } = renderApp('/confirm-email#token=tok-9');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/book');
    });
    const confirms = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/auth/confirm-email'));
    expect(confirms).toHaveLength(1);
    expect(await confirms[0].json()).toEqual({ token: 'tok-9' });
  });

  it('explains a link that no longer works', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/confirm-email', () => apiError(400, 'CONFIRMATION_INVALID'));
    renderApp('/confirm-email#token=used');
    expect(await screen.findByRole('heading', { name: 'This confirmation link no longer works' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign up again' })).toBeTruthy();
  });
});
