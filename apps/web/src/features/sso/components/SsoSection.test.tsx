import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aTenantSettings, NEVER_RUN_ANONYMIZATION } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

const SAVED = {
  enabled: true,
  issuer: 'https://login.example.com',
  clientId: 'deskbook',
  hasClientSecret: true,
  domains: ['acme.example'],
  defaultRole: 'employee',
  ssoOnly: false,
  redirectUri: 'https://deskbook.acme.example/api/auth/sso/callback',
};

function settingsPage(onPut: (body: Record<string, unknown>) => Response = (body) => json(200, { ...SAVED, ...body })) {
  onRequest('GET', '/api/me', () => json(200, aMe()));
  onRequest('GET', '/api/admin/anonymization/status', () => json(200, NEVER_RUN_ANONYMIZATION));
  onRequest('GET', '/api/tenant/settings', () => json(200, aTenantSettings()));
  onRequest('GET', '/api/tenant/sso', () => json(200, SAVED));
  onRequest('PUT', '/api/tenant/sso', async (request) => onPut((await request.json()) as Record<string, unknown>));
  renderApp('/admin/settings');
}

const section = async () => within(await screen.findByRole('region', { name: 'Single sign-on' }));
const putBodies = () => Promise.all(requests.filter((r) => r.method === 'PUT').map((r) => r.json() as Promise<Record<string, unknown>>));

describe('Settings: single sign-on', () => {
  it('keeps the stored secret when the field stays empty, and shows the redirect URI to copy', async () => {
    settingsPage();
    const sso = await section();
    expect(await sso.findByText('A secret is stored (encrypted). Leave empty to keep it.')).toBeTruthy();
    expect(sso.getByRole<HTMLInputElement>('textbox', { name: 'Redirect URI' }).value).toBe(SAVED.redirectUri);
    fireEvent.click(sso.getByRole('button', { name: 'Save single sign-on' }));
    await sso.findByText('Single sign-on saved.');
    const [body] = await putBodies();
    expect(body).not.toHaveProperty('clientSecret');
    expect(body).toMatchObject({ enabled: true, issuer: SAVED.issuer, domains: ['acme.example'] });
  });

  it('asks before turning on "SSO only", explaining the break-glass rule', async () => {
    settingsPage();
    const sso = await section();
    const ssoOnly = await sso.findByRole('switch', { name: /^Single sign-on only/ });
    fireEvent.click(ssoOnly);
    const dialog = await screen.findByRole('dialog', { name: 'Turn off passwords for members?' });
    expect(dialog.textContent).toContain('only if they have two-factor authentication turned on');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use single sign-on only' }));
    await waitFor(() => expect((ssoOnly as HTMLInputElement).checked).toBe(true));
  });

  it('words a domain of another organization at the field', async () => {
    settingsPage(() => apiError(409, 'SSO_DOMAIN_TAKEN', { domains: ['acme.example'] }));
    const sso = await section();
    fireEvent.click(await sso.findByRole('button', { name: 'Save single sign-on' }));
    expect(await sso.findAllByText('Another organization already uses this domain for single sign-on.')).not.toHaveLength(0);
  });
});
