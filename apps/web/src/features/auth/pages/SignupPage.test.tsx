import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aCurrentNotice } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

describe('SignupPage', () => {
  it('shows EMAIL_TAKEN on the e-mail field', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/signup', () => apiError(409, 'EMAIL_TAKEN'));
    renderApp('/signup');

    fireEvent.change(await screen.findByLabelText(/^Company/), { target: { value: 'Acme GmbH' } });
    fireEvent.change(screen.getByLabelText(/^Your name/), { target: { value: 'Anna Schmidt' } });
    fireEvent.change(screen.getByLabelText(/^Work e-mail/), { target: { value: 'anna@acme.example' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'Correct-Horse-Battery-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText(/already registered/)).toBeTruthy();
    expect(screen.getByLabelText(/^Work e-mail/).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the privacy notice a new organization starts with, in the interface language', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('GET', '/api/auth/signup-notice', () => json(200, aCurrentNotice()));
    renderApp('/signup');

    fireEvent.click(await screen.findByRole('button', { name: 'Privacy notice' }));
    expect(await screen.findByText('Acme GmbH records your desk bookings.')).toBeTruthy();
    const asked = new URL(requests.find((request) => request.url.includes('/api/auth/signup-notice'))?.url ?? '');
    expect(asked.searchParams.get('lang')).toBe('en');
  });
});

describe('SignupPage: confirmation by e-mail', () => {
  it('asks the person to check their inbox, and sends the same sign-up again to resend the link', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('POST', '/api/auth/signup', () => json(202, { status: 'confirmation_sent' }));
    renderApp('/signup');

    fireEvent.change(await screen.findByLabelText(/^Company/), { target: { value: 'Acme GmbH' } });
    fireEvent.change(screen.getByLabelText(/^Your name/), { target: { value: 'Anna Schmidt' } });
    fireEvent.change(screen.getByLabelText(/^Work e-mail/), { target: { value: 'anna@acme.example' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'Correct-Horse-Battery-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeTruthy();
    expect(screen.getByText(/We sent a link to anna@acme\.example/)).toBeTruthy();
    expect(screen.getByText(/Check your spam folder/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('We sent the link again.')).toBeTruthy();

    const signups = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/auth/signup'));
    const bodies = await Promise.all(signups.map((r) => r.json() as Promise<unknown>));
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
  });
});
