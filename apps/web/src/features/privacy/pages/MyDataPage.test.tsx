import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TenantSettings } from '../../../api/types';
import { i18n } from '../../../app/i18n';
import { aMe, aTenantSettings } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { captureDownloads } from '../../../test/downloads';
import { renderApp } from '../../../test/render';

function settings(retention: TenantSettings['privacy']['retention']): TenantSettings {
  const defaults = aTenantSettings();
  return { ...defaults, privacy: { ...defaults.privacy, retention, consentRequired: false } };
}

function signedInEmployee(
  retention: TenantSettings['privacy']['retention'] = { mode: 'anonymize', afterDays: 30 },
  locale: 'en' | 'de' = 'en',
) {
  onRequest('GET', '/api/me', () => json(200, aMe({ id: 'u-1', role: 'employee', displayName: 'Ben Braun', locale })));
  onRequest('GET', '/api/tenant/settings', () => json(200, settings(retention)));
}

async function openDeleteDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Delete my account…' }));
  return screen.findByRole('dialog', { name: 'Delete your account?' });
}

/** Opens the dialog, gives the password and the word, and confirms. */
async function deleteAccountWith(password: string) {
  const dialog = await openDeleteDialog();
  fireEvent.change(within(dialog).getByLabelText(/^Your password/), { target: { value: password } });
  fireEvent.change(within(dialog).getByLabelText(/^Type DELETE to confirm/), { target: { value: 'DELETE' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Delete my account' }));
  return dialog;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MyDataPage', () => {
  it('explains what is stored and when bookings lose the name, from the organization setting', async () => {
    signedInEmployee({ mode: 'anonymize', afterDays: 30 });
    renderApp('/account/data');
    expect(await screen.findByRole('heading', { name: 'My data', level: 1 })).toBeTruthy();
    expect(screen.getByText(/desk, start and end time, check-in/)).toBeTruthy();
    expect(await screen.findByText(/^Your bookings lose your name 30 days after they end\./)).toBeTruthy();
  });

  it('describes the audit log as the API keeps it: sign-ins, counted failures, own changes, no fixed period', async () => {
    signedInEmployee();
    renderApp('/account/data');
    const item = (await screen.findByText(/^Audit log/)).closest('li')!;
    expect(item.textContent).toMatch(/each successful sign-in/);
    expect(item.textContent).toMatch(/the number of failed sign-in attempts on your account \(never the password/);
    expect(item.textContent).toMatch(/kept as long as your account exists/);
    expect(item.textContent).toMatch(/events about you are deleted/);
  });

  it('describes the audit log in German too', async () => {
    await i18n.changeLanguage('de');
    signedInEmployee(undefined, 'de');
    renderApp('/account/data');
    const item = (await screen.findByText(/^Protokoll/)).closest('li')!;
    expect(item.textContent).toMatch(/Zahl der fehlgeschlagenen Anmeldeversuche/);
    expect(item.textContent).toMatch(/solange Ihr Konto besteht/);
  });

  it('says when bookings are deleted instead', async () => {
    signedInEmployee({ mode: 'delete', afterDays: 0 });
    renderApp('/account/data');
    expect(await screen.findByText('Your bookings are deleted as soon as they end.')).toBeTruthy();
  });

  it('is reachable from the Account page', async () => {
    signedInEmployee();
    const { router } = renderApp('/account');
    fireEvent.click(await screen.findByRole('link', { name: 'Open My data' }));
    expect(await screen.findByRole('heading', { name: 'My data', level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/account/data');
  });

  it('downloads the export as deskbook-my-data-YYYY-MM-DD.json', async () => {
    signedInEmployee();
    onRequest('GET', '/api/me/export', () => json(200, { profile: { email: 'anna@acme.example' } }));
    const { names, blobs: saved } = captureDownloads();
    renderApp('/account/data');

    fireEvent.click(await screen.findByRole('button', { name: 'Download my data' }));

    await waitFor(() => {
      expect(names).toHaveLength(1);
    });
    expect(names[0]).toMatch(/^deskbook-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await saved[0].text())).toEqual({ profile: { email: 'anna@acme.example' } });
  });

  it('says when the download failed', async () => {
    signedInEmployee();
    onRequest('GET', '/api/me/export', () => apiError(500, 'INTERNAL_ERROR'));
    renderApp('/account/data');
    fireEvent.click(await screen.findByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

describe('MyDataPage: deleting the account', () => {
  it('explains the consequences and enables deleting only with the password and the typed word', async () => {
    signedInEmployee();
    renderApp('/account/data');
    const dialog = await openDeleteDialog();
    expect(within(dialog).getByText(/past bookings are anonymized at once/)).toBeTruthy();
    expect(within(dialog).getByText(/upcoming bookings are cancelled/)).toBeTruthy();
    const submit = within(dialog).getByRole('button', { name: 'Delete my account' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^Your password/), { target: { value: 'secret' } });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^Type DELETE to confirm/), { target: { value: 'delete' } });
    expect(submit.hasAttribute('disabled')).toBe(false);
  });

  it('erases the account, signs out and shows the login page with a notice', async () => {
    signedInEmployee();
    onRequest('DELETE', '/api/me', () => json(204, null));
    const { router, queryClient } = renderApp('/account/data');
    await deleteAccountWith('secret');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(screen.getByText(/^Your account was deleted\./)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    await waitFor(() => {
      expect(queryClient.getQueryData(['session'])).toBeNull();
    });
    expect(queryClient.getQueryData(['tenant-settings'])).toBeUndefined();
    const erase = requests.find((request) => request.method === 'DELETE');
    expect(await erase?.json()).toEqual({ password: 'secret' });
    expect(erase?.headers.get('X-Requested-With')).toBe('deskbook');
  });

  it('lets someone else log in from the login page that says the account was deleted', async () => {
    signedInEmployee();
    onRequest('DELETE', '/api/me', () => json(204, null));
    const { router } = renderApp('/account/data');
    await deleteAccountWith('secret');
    await screen.findByText(/^Your account was deleted\./);

    onRequest('GET', '/api/me', () => json(200, aMe({ id: 'u-2', displayName: 'Cem Celik' })));
    onRequest('POST', '/api/auth/login', () => json(200, { token: 't', user: {}, tenant: {} }));
    fireEvent.change(screen.getByLabelText(/^E-mail/), { target: { value: 'cem@acme.example' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'Correct-Horse-Battery-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/book');
    });
  });

  it('puts a wrong password on the password field', async () => {
    signedInEmployee();
    onRequest('DELETE', '/api/me', () => apiError(403, 'PASSWORD_INCORRECT'));
    renderApp('/account/data');
    const dialog = await deleteAccountWith('wrong');
    expect(await within(dialog).findByText('This password is not correct.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My data', level: 1 })).toBeTruthy();
  });

  it('tells the last administrator what to do first', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe()));
    onRequest('GET', '/api/tenant/settings', () => json(200, settings({ mode: 'anonymize', afterDays: 30 })));
    onRequest('DELETE', '/api/me', () => apiError(409, 'LAST_ADMIN'));
    renderApp('/account/data');
    const dialog = await deleteAccountWith('secret');
    expect(await within(dialog).findByText(/You are the last administrator of your organization/)).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Users page' }).getAttribute('href')).toBe('/admin/users');
  });

  it('asks for LÖSCHEN in German', async () => {
    await i18n.changeLanguage('de');
    signedInEmployee({ mode: 'anonymize', afterDays: 30 }, 'de');
    renderApp('/account/data');
    fireEvent.click(await screen.findByRole('button', { name: 'Mein Konto löschen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ihr Konto löschen?' });
    expect(within(dialog).getByLabelText(/^Geben Sie LÖSCHEN ein, um zu bestätigen/)).toBeTruthy();
  });
});
