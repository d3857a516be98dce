import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, onRequest } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

describe('AcceptInvitePage', () => {
  it('greets the invited person by name', async () => {
    onRequest('POST', '/api/auth/invite-preview', () =>
      json(200, { email: 'ben@acme.example', displayName: 'Ben Braun', role: 'employee', tenantName: 'Acme GmbH' }),
    );
    renderApp('/accept-invite#token-123');
    expect(await screen.findByRole('heading', { name: 'Welcome, Ben Braun!' })).toBeTruthy();
    expect(screen.getByText(/Acme GmbH invited you to Deskbook as Employee/)).toBeTruthy();
  });

  it('explains an expired or used link', async () => {
    onRequest('POST', '/api/auth/invite-preview', () => apiError(404, 'INVITE_INVALID'));
    renderApp('/accept-invite#used-token');
    expect(await screen.findByRole('heading', { name: 'This invite link no longer works' })).toBeTruthy();
  });

  it('explains a link without token', async () => {
    renderApp('/accept-invite');
    expect(await screen.findByRole('heading', { name: 'This invite link is incomplete' })).toBeTruthy();
  });
});
