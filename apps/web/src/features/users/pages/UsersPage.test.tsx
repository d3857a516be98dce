import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aUser } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';

function signedInAdminWithUsers({ mailConfigured = true } = {}) {
  const me = aMe();
  onRequest('GET', '/api/me', () => json(200, me));
  onRequest('GET', '/api/admin/mail-status', () => json(200, { configured: mailConfigured }));
  onRequest('GET', '/api/users', () =>
    json(200, [
      aUser({ id: me.id, displayName: me.displayName, email: me.email, role: 'tenant_admin' }),
      aUser(),
      aUser({ id: 'u-3', displayName: 'Cem Demir', email: 'cem@acme.example', status: 'invited' }),
    ]),
  );
}

describe('UsersPage', () => {
  it('lists users with role and status', async () => {
    signedInAdminWithUsers();
    renderApp('/admin/users');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Ben Braun')).toBeTruthy();
    expect(within(table).getByText('ben@acme.example')).toBeTruthy();
    expect(within(table).getByLabelText<HTMLSelectElement>('Role of Ben Braun').value).toBe('employee');
  });

  it('shows the invite link after inviting someone', async () => {
    signedInAdminWithUsers();
    onRequest('POST', '/api/users', () =>
      json(201, { user: aUser({ id: 'u-2', displayName: 'Cem', email: 'cem@acme.example', status: 'invited' }), inviteToken: 'tok123' }),
    );
    renderApp('/admin/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'cem@acme.example' } });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Cem' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create invite link' }));

    const link = await within(dialog).findByLabelText<HTMLInputElement>(/^Invite link/);
    expect(link.value).toBe(`${window.location.origin}/accept-invite#tok123`);
  });

  it('says when mail is not configured, and shows the new link after resending an invitation', async () => {
    signedInAdminWithUsers({ mailConfigured: false });
    onRequest('POST', '/api/users/u-3/resend-invite', () => json(200, { inviteToken: 'fresh456' }));
    renderApp('/admin/users');
    expect(
      await screen.findByText('E-mail is not configured on this server: invitations are not sent; copy the link instead.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send the invitation to Ben Braun again' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Send the invitation to Cem Demir again' }));

    const dialog = await screen.findByRole('dialog', { name: 'New invitation for Cem Demir' });
    const link = within(dialog).getByLabelText<HTMLInputElement>(/^Invite link/);
    expect(link.value).toBe(`${window.location.origin}/accept-invite#fresh456`);
  });

  it('confirms a resent invitation when the server mails it', async () => {
    signedInAdminWithUsers();
    onRequest('POST', '/api/users/u-3/resend-invite', () => json(200, { inviteToken: 'fresh456' }));
    renderApp('/admin/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Send the invitation to Cem Demir again' }));
    expect(await screen.findByText('A new invitation was e-mailed to Cem Demir. Earlier links no longer work.')).toBeTruthy();
    expect(screen.queryByText(/E-mail is not configured/)).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('explains LAST_ADMIN when the last administrator would be demoted', async () => {
    signedInAdminWithUsers();
    onRequest('PATCH', '/api/users/u-admin', () => apiError(409, 'LAST_ADMIN'));
    renderApp('/admin/users');
    fireEvent.change(await screen.findByLabelText('Role of Anna Schmidt'), { target: { value: 'employee' } });
    expect(await screen.findByText(/needs at least one administrator/)).toBeTruthy();
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLSelectElement>('Role of Anna Schmidt').value).toBe('tenant_admin');
    });
  });

  it('says that deleting a user is erasure and asks for a typed word before doing it', async () => {
    signedInAdminWithUsers();
    onRequest('DELETE', '/api/users/u-1', () => json(204, null));
    renderApp('/admin/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Ben Braun' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete Ben Braun?' });
    expect(within(dialog).getByText(/past bookings are anonymized right away/)).toBeTruthy();
    expect(within(dialog).getByText('This cannot be undone.')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Delete user' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(confirm);

    expect(await screen.findByText('Ben Braun was deleted.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'DELETE' && request.url.endsWith('/api/users/u-1'))).toBe(true);
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('resets the second factor of a member who has one, after the admin confirms with their password', async () => {
    const me = aMe();
    onRequest('GET', '/api/me', () => json(200, me));
    onRequest('GET', '/api/users', () =>
      json(200, [
        aUser({ id: me.id, displayName: me.displayName, email: me.email, role: 'tenant_admin', twoFactorEnabled: true }),
        aUser({ twoFactorEnabled: true }),
        aUser({ id: 'u-3', displayName: 'Cem Celik', email: 'cem@acme.example' }),
      ]),
    );
    onRequest('POST', '/api/users/u-1/reset-2fa', async (request) => {
      const { password } = (await request.json()) as { password: string };
      return password === 'my-password' ? json(204, null) : apiError(403, 'PASSWORD_INCORRECT');
    });
    renderApp('/admin/users');

    const table = await screen.findByRole('table');
    // Only for others, and only for those with a second factor.
    expect(within(table).queryByRole('button', { name: `Reset two-factor authentication of ${me.displayName}` })).toBeNull();
    expect(within(table).queryByRole('button', { name: 'Reset two-factor authentication of Cem Celik' })).toBeNull();
    fireEvent.click(within(table).getByRole('button', { name: 'Reset two-factor authentication of Ben Braun' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset two-factor authentication of Ben Braun?' });
    expect(within(dialog).getByText(/signed out everywhere and get an e-mail about it/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Your password/), { target: { value: 'wrong' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset two-factor authentication' }));
    expect(await within(dialog).findByText('This password is not correct.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Your password/), { target: { value: 'my-password' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset two-factor authentication' }));
    expect(await screen.findByText("Ben Braun's two-factor authentication was reset.")).toBeTruthy();
  });
});
