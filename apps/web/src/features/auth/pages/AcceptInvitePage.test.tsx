import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
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

  it('tells people whose address already has an account to log in with it, once they accept', async () => {
    onRequest('POST', '/api/auth/invite-preview', () =>
      json(200, { email: 'ben@acme.example', displayName: 'Ben Braun', role: 'employee', tenantName: 'Acme GmbH' }),
    );
    onRequest('POST', '/api/auth/accept-invite', () => apiError(409, 'ACCOUNT_EXISTS'));
    renderApp('/accept-invite#token-123');
    fireEvent.change(await screen.findByLabelText(/^Choose a password/), { target: { value: 'correct horse battery staple 42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme GmbH' }));
    expect(await screen.findByRole('heading', { name: 'You already have a Deskbook account' })).toBeTruthy();
    expect(screen.getByText(/ben@acme\.example already belongs to a Deskbook account/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the login page' })).toBeTruthy();
  });

  it('shows the organization’s privacy notice before the account is created, without its HTML', async () => {
    const notice = {
      title: 'Privacy notice',
      body: '# Privacy notice\n\nAcme GmbH records your desk bookings.\n\n<img src=x onerror=alert(1)>',
    };
    onRequest('POST', '/api/auth/invite-preview', () =>
      json(200, { email: 'ben@acme.example', displayName: 'Ben Braun', role: 'employee', tenantName: 'Acme GmbH', notice }),
    );
    renderApp('/accept-invite#token-123');
    expect(await screen.findByText('How Acme GmbH handles your data in Deskbook:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Privacy notice' }));
    expect(await screen.findByText('Acme GmbH records your desk bookings.')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens a PDF notice with the invite token, never putting the token in an address', async () => {
    const notice = { id: 'n-1', version: 1, lang: 'en', title: 'Privacy notice', body: '', isPdf: true, contentHash: 'a' };
    onRequest('POST', '/api/auth/invite-preview', () =>
      json(200, { email: 'ben@acme.example', displayName: 'Ben Braun', role: 'employee', tenantName: 'Acme GmbH', notice }),
    );
    onRequest(
      'POST',
      '/api/auth/invite-notice-pdf',
      () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:notice');
    URL.revokeObjectURL = vi.fn();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    renderApp('/accept-invite#token-123');
    fireEvent.click(await screen.findByRole('button', { name: 'Privacy notice' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Read the privacy notice (PDF)' }));
    await waitFor(() => {
      expect(open).toHaveBeenCalledWith('blob:notice', '_blank', 'noopener');
    });
    const sent = requests.find((request) => request.url.endsWith('/api/auth/invite-notice-pdf'));
    expect(await sent?.json()).toEqual({ inviteToken: 'token-123' });
    open.mockRestore();
  });

  it('explains a link without token', async () => {
    renderApp('/accept-invite');
    expect(await screen.findByRole('heading', { name: 'This invite link is incomplete' })).toBeTruthy();
  });
});
