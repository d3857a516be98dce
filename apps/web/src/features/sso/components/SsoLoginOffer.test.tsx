import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

describe('single sign-on on the login page', () => {
  it("offers the organization's provider as the main action once the address's domain has SSO", async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('GET', '/api/auth/sso/discover', (request) =>
      new URL(request.url).searchParams.get('email')?.endsWith('@acme.example')
        ? json(200, { sso: true, loginUrl: '/api/auth/sso/acme/login?login_hint=anna%40acme.example' })
        : json(200, { sso: false }),
    );
    renderApp('/login');
    fireEvent.change(await screen.findByLabelText(/^E-mail/), { target: { value: 'anna@acme.example' } });
    const link = await screen.findByRole('link', { name: 'Continue with single sign-on' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/api/auth/sso/acme/login?login_hint=anna%40acme.example');
    // The password stays reachable (break-glass for admins).
    expect(screen.getByLabelText(/^Password/)).toBeTruthy();
    // Asked once the typing paused, not per keystroke.
    expect(requests.filter((r) => r.url.includes('/api/auth/sso/discover'))).toHaveLength(1);
  });

  it('shows no offer for other domains, and never follows a login URL to another origin', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    onRequest('GET', '/api/auth/sso/discover', () => json(200, { sso: true, loginUrl: 'https://evil.example/api/auth/sso/x/login' }));
    renderApp('/login');
    fireEvent.change(await screen.findByLabelText(/^E-mail/), { target: { value: 'anna@other.example' } });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(screen.queryByRole('link', { name: 'Continue with single sign-on' })).toBeNull();
  });

  it('says why single sign-on failed when the API sent the browser back with ?sso_error=', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    renderApp('/login?sso_error=SSO_EMAIL_UNVERIFIED');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Single sign-on did not work');
    expect(alert.textContent).toContain('has not confirmed your e-mail address');
  });
});
