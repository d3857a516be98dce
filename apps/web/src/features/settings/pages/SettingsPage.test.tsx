import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aMe, aTenantSettings, NEVER_RUN_ANONYMIZATION } from '../../../test/fixtures';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import type { AnonymizationStatus } from '../../privacy';
import { captureDownloads } from '../../../test/downloads';
import { renderApp } from '../../../test/render';
import { i18n } from '../../../app/i18n';

const settings = aTenantSettings();

function setUp(status: AnonymizationStatus = NEVER_RUN_ANONYMIZATION, saved = settings) {
  const patches: unknown[] = [];
  onRequest('GET', '/api/me', () => json(200, aMe()));
  onRequest('GET', '/api/admin/anonymization/status', () => json(200, status));
  onRequest('GET', '/api/tenant/settings', () => json(200, saved));
  onRequest('PATCH', '/api/tenant/settings', async (request) => {
    const patch = (await request.json()) as Record<string, unknown>;
    patches.push(patch);
    return json(200, settings);
  });
  renderApp('/admin/settings');
  return patches;
}

describe('SettingsPage', () => {
  it('saves only what changed', async () => {
    const patches = setUp();
    fireEvent.click(await screen.findByLabelText(/^Nobody/));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { bookingVisibility: 'anonymous' } }]);
    });
  });

  it('saves the minimum group size for analytics, and refuses 0 (1 turns it off)', async () => {
    const patches = setUp();
    const field = await screen.findByLabelText(/^Minimum group size for analytics/);
    expect(screen.getByText(/1 turns this off \(1–100\)/)).toBeTruthy();
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Enter a whole number from 1 to 100.')).toBeTruthy();
    expect(patches).toEqual([]);
    fireEvent.change(field, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { analyticsMinGroupSize: 10 } }]);
    });
  });

  it('asks for a typed confirmation before shortening retention', async () => {
    const patches = setUp();
    fireEvent.change(await screen.findByLabelText(/^Retention period/), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Shorten and save' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^Type SHORTEN/), { target: { value: 'shorten' } });
    fireEvent.click(confirm);

    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { retention: { afterDays: 7 } } }]);
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });
});

describe('SettingsPage: visibility', () => {
  const saved = (bookingVisibility: 'everyone' | 'anonymous' | 'user_choice') => {
    const value = aTenantSettings();
    value.privacy.bookingVisibility = bookingVisibility;
    return value;
  };

  it('says that loosening shows names only on bookings made from now on, in English and German', async () => {
    setUp(NEVER_RUN_ANONYMIZATION, saved('user_choice'));
    fireEvent.click(await screen.findByLabelText(/^Everyone/));
    expect(await screen.findByText(/^Loosening to “Everyone” shows names only on bookings made from now on/)).toBeTruthy();
    expect(screen.getByText(/existing bookings stay as hidden as they were promised/)).toBeTruthy();
    await i18n.changeLanguage('de');
    expect(await screen.findByText(/^Die Lockerung auf „Alle“ zeigt Namen nur bei Buchungen, die ab jetzt entstehen/)).toBeTruthy();
  });

  it('says that tightening hides names at once, and says nothing while the setting is unchanged', async () => {
    setUp(NEVER_RUN_ANONYMIZATION, saved('everyone'));
    await screen.findByLabelText(/^Nobody/);
    expect(screen.queryByText(/^Tightening|^Loosening/)).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Nobody/));
    expect(await screen.findByText(/^Tightening to “Nobody” hides every name at once/)).toBeTruthy();
    await i18n.changeLanguage('de');
    expect(await screen.findByText(/^Die Verschärfung auf „Niemand“ verbirgt sofort jeden Namen/)).toBeTruthy();
  });
});

describe('SettingsPage: retention', () => {
  it('says in plain words what happens to bookings, and follows the edited values', async () => {
    setUp();
    expect(
      await screen.findByText(
        'Bookings lose the name of the person 30 days after they end; start and end times are kept for utilization reports.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/^Delete bookings/));
    fireEvent.change(screen.getByLabelText(/^Retention period/), { target: { value: '0' } });
    expect(await screen.findByText('Bookings are deleted as soon as they end.')).toBeTruthy();
  });

  it('treats switching from anonymizing to deleting as irreversible and asks for a typed word', async () => {
    const patches = setUp();
    fireEvent.click(await screen.findByLabelText(/^Delete bookings/));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete bookings instead of anonymizing them?' });
    expect(within(dialog).getByText(/including the anonymized bookings your utilization reports are built on/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Switch to deleting and save' });
    fireEvent.change(within(dialog).getByLabelText('Type DELETE to confirm'), { target: { value: 'SHORTEN' } });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type DELETE to confirm'), { target: { value: 'delete' } });
    fireEvent.click(confirm);

    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { retention: { mode: 'delete' } } }]);
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('saves a longer period without asking', async () => {
    const patches = setUp();
    fireEvent.change(await screen.findByLabelText(/^Retention period/), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(patches).toEqual([{ privacy: { retention: { afterDays: 90 } } }]);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('SettingsPage: anonymization', () => {
  function card() {
    return screen.findByRole('region', { name: 'Anonymization' });
  }

  it('says when the sweep has never run and that nothing is due', async () => {
    setUp();
    const region = await card();
    expect(await within(region).findByText('Never run yet.')).toBeTruthy();
    expect(within(region).getByText('No bookings are due.')).toBeTruthy();
  });

  it('shows the last run with its count and how many bookings are due now', async () => {
    setUp({ lastRunAt: '2025-05-02T08:15:00Z', lastRunProcessed: 41, due: 3, running: false });
    const region = await card();
    expect(await within(region).findByText(/· 41 bookings processed$/)).toBeTruthy();
    expect(within(region).getByText('3 bookings are due.')).toBeTruthy();
  });

  it('runs now, shows it running while the status says so, and tells how many bookings were processed', async () => {
    setUp();
    const answers: AnonymizationStatus[] = [
      { lastRunAt: null, lastRunProcessed: null, due: 12, running: false },
      { lastRunAt: null, lastRunProcessed: null, due: 12, running: true },
      { lastRunAt: '2025-05-02T08:15:00Z', lastRunProcessed: 12, due: 0, running: false },
    ];
    onRequest('GET', '/api/admin/anonymization/status', () => json(200, answers.length > 1 ? answers.shift() : answers[0]));
    onRequest('POST', '/api/admin/anonymization/run', () => json(202, { runId: 'run-1' }));

    const region = await card();
    expect(await within(region).findByText('12 bookings are due.')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Run now' }));

    expect(await within(region).findByText('Running…')).toBeTruthy();
    expect(
      within(region)
        .getByRole('button', { name: /Run now/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    // Polled every 2 s until the run is done.
    expect(await screen.findByText('Anonymization finished: 12 bookings processed.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(within(region).getByText('No bookings are due.')).toBeTruthy();
    expect(within(region).queryByText('Running…')).toBeNull();
    const run = requests.find((request) => request.method === 'POST' && request.url.endsWith('/anonymization/run'));
    expect(run?.headers.get('X-Requested-With')).toBe('deskbook');
  });

  it('asks for the due count again once a new retention setting is saved', async () => {
    setUp();
    let due = 0;
    onRequest('GET', '/api/admin/anonymization/status', () => json(200, { ...NEVER_RUN_ANONYMIZATION, due }));
    const region = await card();
    expect(await within(region).findByText('No bookings are due.')).toBeTruthy();
    due = 5;
    fireEvent.change(screen.getByLabelText(/^Retention period/), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(region).findByText('5 bookings are due.')).toBeTruthy();
  });

  it('reminds that a run uses the saved setting while the retention has unsaved changes', async () => {
    setUp();
    const region = await card();
    fireEvent.change(screen.getByLabelText(/^Retention period/), { target: { value: '60' } });
    expect(await within(region).findByText(/A run uses the saved setting/)).toBeTruthy();
  });

  it('explains when the status cannot be loaded, and tries again', async () => {
    setUp();
    let fail = true;
    onRequest('GET', '/api/admin/anonymization/status', () => (fail ? apiError(403, 'FORBIDDEN') : json(200, NEVER_RUN_ANONYMIZATION)));
    const region = await card();
    expect(await within(region).findByText('The anonymization status could not be loaded')).toBeTruthy();
    fail = false;
    fireEvent.click(within(region).getByRole('button', { name: 'Try again' }));
    expect(await within(region).findByText('Never run yet.')).toBeTruthy();
  });

  describe('company data export', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('downloads GET /admin/export as deskbook-export-YYYY-MM-DD.json', async () => {
      setUp();
      onRequest('GET', '/api/admin/export', () => json(200, { tenant: { name: 'Acme' } }));
      const { names, blobs: saved } = captureDownloads();

      fireEvent.click(await screen.findByRole('button', { name: 'Download company data' }));

      await waitFor(() => {
        expect(names).toEqual([expect.stringMatching(/^deskbook-export-\d{4}-\d{2}-\d{2}\.json$/)]);
      });
      expect(JSON.parse(await saved[0].text())).toEqual({ tenant: { name: 'Acme' } });
    });

    it('says when the export failed', async () => {
      setUp();
      onRequest('GET', '/api/admin/export', () => apiError(500, 'INTERNAL_ERROR'));
      fireEvent.click(await screen.findByRole('button', { name: 'Download company data' }));
      expect(await screen.findByText(/went wrong|unexpected/i)).toBeTruthy();
    });
  });
});

describe('SettingsPage: what the privacy notice names', () => {
  it('adds and removes processors and saves the whole list with the third-country transfers', async () => {
    const patches = setUp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add processor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add processor' }));
    fireEvent.change(screen.getAllByLabelText(/^Name/)[0], { target: { value: 'Hosting GmbH' } });
    fireEvent.change(screen.getAllByLabelText(/^Purpose/)[0], { target: { value: 'Hosting' } });
    const countries = screen.getAllByLabelText(/^Country/);
    fireEvent.change(countries[countries.length - 2], { target: { value: 'de' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove processor 2' }));
    fireEvent.change(screen.getByLabelText(/^Transfers to countries outside the EU/), { target: { value: 'None.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(patches).toEqual([
        { organization: { processors: [{ name: 'Hosting GmbH', purpose: 'Hosting', country: 'DE' }], thirdCountryTransfers: 'None.' } },
      ]);
    });
  });

  it('refuses a processor without name, purpose or country before saving', async () => {
    const patches = setUp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add processor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findAllByText('Please fill in this field.')).length).toBeGreaterThanOrEqual(3);
    expect(patches).toEqual([]);
  });

  it('says that saving publishes a new notice version when a described setting changes in generated mode', async () => {
    setUp();
    const note = /^Saving publishes a new privacy notice version; everyone will be asked to accept it\.$/;
    await screen.findByLabelText(/^Nobody/);
    expect(screen.queryByText(note)).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Ask for consent to the privacy notice/));
    expect(screen.queryByText(note)).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Nobody/));
    expect(await screen.findByText(note)).toBeTruthy();
    await i18n.changeLanguage('de');
    expect(await screen.findByText(/^Beim Speichern wird eine neue Fassung des Datenschutzhinweises veröffentlicht/)).toBeTruthy();
  });

  it('says nothing about republishing for the organization’s own notice', async () => {
    const custom = aTenantSettings();
    custom.privacy.noticeMode = 'custom';
    setUp(NEVER_RUN_ANONYMIZATION, custom);
    fireEvent.click(await screen.findByLabelText(/^Nobody/));
    expect(screen.queryByText(/^Saving publishes a new privacy notice version/)).toBeNull();
  });
});
