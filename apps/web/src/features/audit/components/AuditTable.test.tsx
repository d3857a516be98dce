import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../api/types';
import { AppProviders } from '../../../app/AppProviders';
import { i18n } from '../../../app/i18n';
import { createQueryClient } from '../../../app/query-client';
import { AuditTable } from './AuditTable';

const event = (action: AuditEvent['action'], details: AuditEvent['details'], targetType: AuditEvent['targetType'] = null): AuditEvent => ({
  id: `e-${action}`,
  action,
  actorUserId: 'u-admin',
  actorDisplayName: 'Ada Admin',
  targetType,
  targetId: targetType ? 't-1' : null,
  details,
  at: '2026-03-02T09:30:00.000Z',
});

const EVENTS: AuditEvent[] = [
  event('settings.changed', { changes: [{ setting: 'privacy.bookingVisibility', from: 'user_choice', to: 'everyone' }] }, 'tenant'),
  // As events recorded before the structured shape say it.
  event(
    'settings.changed',
    {
      changed: ['privacy.retention.afterDays', 'booking.checkInRequired'],
      before: { 'privacy.retention.afterDays': 30, 'booking.checkInRequired': false },
      after: { 'privacy.retention.afterDays': 7, 'booking.checkInRequired': true },
    },
    'tenant',
  ),
  event('user.role_changed', { from: 'employee', to: 'facility_manager' }, 'user'),
  event('auth.sign_in_failed', { failures: 3, firstAt: '2026-03-02T09:00:00.000Z' }, 'user'),
  event('desk.updated', { label: 'D1', floor: 'Ground floor', changed: ['x', 'y', 'bookable'] }, 'desk'),
  event('tenant.exported', null, 'tenant'),
  event('privacy_notice.published', { version: 4, source: 'generated', pdf: false, trigger: 'settings_changed' }, 'privacy_notice'),
  event('privacy_notice.published', { version: 5, source: 'custom', pdf: true }, 'privacy_notice'),
  event('consent.withdrawn', null, 'privacy_notice'),
];

function renderTable() {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <AuditTable events={EVENTS} userNames={new Map()} />
    </AppProviders>,
  );
  return screen.getByRole('table').textContent ?? '';
}

const RAW =
  /privacy\.|privacy_notice|settings_changed|booking\.|settings\.changed|user_choice|facility_manager|sign_in_failed|tenant\.exported|afterDays|changed:\s*\[/;

describe('AuditTable', () => {
  it('words every event in English, without raw keys or codes', () => {
    const text = renderTable();
    expect(screen.getByText('Booking visibility changed from “Each person decides” to “Everyone”')).toBeTruthy();
    expect(screen.getByText('Retention period changed from “30 days” to “7 days”')).toBeTruthy();
    expect(screen.getByText('Require check-in changed from “Off” to “On”')).toBeTruthy();
    expect(screen.getByText('Role changed from “Employee” to “Facility manager”')).toBeTruthy();
    expect(screen.getByText('3 failed sign-in attempts')).toBeTruthy();
    expect(screen.getByText('Desk “D1” on “Ground floor”')).toBeTruthy();
    expect(screen.getByText('Changed: position, bookable or not')).toBeTruthy();
    expect(screen.getByText('Company data exported')).toBeTruthy();
    expect(screen.getByText('Version 4, generated from the settings')).toBeTruthy();
    expect(screen.getByText('Published automatically after a settings change')).toBeTruthy();
    expect(screen.getByText("Version 5, the company's own PDF")).toBeTruthy();
    expect(screen.getByText('Consent withdrawn')).toBeTruthy();
    expect(text).not.toMatch(RAW);
  });

  it('words every event in German, without raw keys or codes', async () => {
    await i18n.changeLanguage('de');
    const text = renderTable();
    expect(screen.getByText('Sichtbarkeit von Buchungen von „Jede Person entscheidet selbst“ auf „Alle“ geändert')).toBeTruthy();
    expect(screen.getByText('Aufbewahrungsfrist von „30 Tage“ auf „7 Tage“ geändert')).toBeTruthy();
    expect(screen.getByText('Rolle von „Mitarbeiter:in“ auf „Facility-Manager:in“ geändert')).toBeTruthy();
    expect(screen.getByText('3 fehlgeschlagene Anmeldeversuche')).toBeTruthy();
    expect(screen.getByText('Firmendaten exportiert')).toBeTruthy();
    expect(screen.getByText('Version 4, aus den Einstellungen erzeugt')).toBeTruthy();
    expect(screen.getByText('Version 5, eigenes PDF des Unternehmens')).toBeTruthy();
    expect(screen.getByText('Einwilligung widerrufen')).toBeTruthy();
    expect(text).not.toMatch(RAW);
  });
});
