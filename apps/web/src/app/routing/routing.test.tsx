import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../../test/fixtures';
import { apiError, json, onRequest } from '../../test/fetch-mock';
import { renderApp } from '../../test/render';

describe('routing', () => {
  it('sends signed-out visitors of app pages to the login page', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    const { router } = renderApp('/admin/users');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('opens the app for signed-in people at "/"', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe({ role: 'employee' })));
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Book a desk' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/book');
  });

  it('shows employees no admin navigation', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe({ role: 'employee' })));
    renderApp('/book');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(nav.textContent).toContain('Book');
    expect(nav.textContent).toContain('Account');
    expect(nav.textContent).not.toContain('Users');
    expect(nav.textContent).not.toContain('Audit log');
  });

  it('tells employees that admin pages are not for them', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe({ role: 'employee' })));
    renderApp('/admin/settings');
    expect(await screen.findByRole('heading', { name: 'This page is for administrators' })).toBeTruthy();
  });

  it('answers unknown addresses with a 404 page', async () => {
    onRequest('GET', '/api/me', () => apiError(401, 'UNAUTHENTICATED'));
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
