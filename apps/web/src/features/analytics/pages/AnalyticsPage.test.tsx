import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { captureDownloads } from '../../../test/downloads';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aFloor, aMe, anOfficeLocation } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import type { HeatmapCell, UtilizationPoint, UtilizationSummary } from '../types';

const office = anOfficeLocation({ name: 'Berlin office', timezone: 'Europe/Berlin' });
const groundFloor = aFloor();
const RANGE = '?from=2026-03-01&to=2026-03-28';

function aSummary(overrides: Partial<UtilizationSummary> = {}): UtilizationSummary {
  return {
    bookableDesks: 60,
    totalDesks: 62,
    openDays: 20,
    bookings: 480,
    bookedHours: 2900,
    availableHours: 9600,
    occupancyRate: 0.42,
    deskDayOccupancy: 0.55,
    peakConcurrent: 41,
    peakDay: '2026-03-10',
    avgDailyPeak: 30,
    avgDailyBookings: 24,
    checkInRate: 0.9,
    noShowRate: 0.08,
    cancellationRate: 0.12,
    medianLeadTimeDays: 2,
    desksNeeded: { max: 41, p95: 34 },
    availability: { booked: 33, free: 27, notBookable: 2 },
    minGroupSize: 5,
    refreshedAt: '2026-03-28T13:00:00Z',
    suppressed: false,
    ...overrides,
  };
}

/** Everything a few bookings cannot show: the API withholds it (null, suppressed). */
const WITHHELD: Partial<UtilizationSummary> = {
  bookings: null,
  bookedHours: null,
  occupancyRate: null,
  deskDayOccupancy: null,
  peakConcurrent: null,
  peakDay: null,
  avgDailyPeak: null,
  avgDailyBookings: null,
  checkInRate: null,
  noShowRate: null,
  cancellationRate: null,
  medianLeadTimeDays: null,
  desksNeeded: { max: null, p95: null },
  suppressed: true,
};

function aPoint(period: string, occupancyRate: number | null): UtilizationPoint {
  const suppressed = occupancyRate === null;
  return {
    period,
    bookings: suppressed ? null : 20,
    bookedHours: suppressed ? null : 100,
    availableHours: 480,
    occupancyRate,
    deskDayOccupancy: occupancyRate,
    checkIns: suppressed ? null : 18,
    noShows: suppressed ? null : 1,
    peakConcurrent: suppressed ? null : 12,
    suppressed,
  };
}

const CELLS: HeatmapCell[] = [
  { weekday: 1, hour: 9, avgBookedDesks: 30, occupancyRate: 0.5, suppressed: false },
  { weekday: 1, hour: 10, avgBookedDesks: null, occupancyRate: null, suppressed: true },
];

function signedIn(role: 'facility_manager' | 'tenant_admin' | 'employee' = 'facility_manager', locale: 'en' | 'de' = 'en') {
  onRequest('GET', '/api/me', () => json(200, aMe({ role, locale })));
}

function withLocation(summary: UtilizationSummary) {
  onRequest('GET', '/api/locations', () => json(200, [office]));
  onRequest('GET', '/api/locations/l-1/floors', () => json(200, [groundFloor]));
  onRequest('GET', '/api/analytics/summary', (request) =>
    new URL(request.url).searchParams.get('format') === 'csv'
      ? new Response('bookableDesks,bookings\n60,480\n', { headers: { 'Content-Type': 'text/csv' } })
      : json(200, summary),
  );
  onRequest('GET', '/api/analytics/utilization', () => json(200, [aPoint('2026-03-02', 0.4), aPoint('2026-03-09', null)]));
  onRequest('GET', '/api/analytics/heatmap', () => json(200, CELLS));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AnalyticsPage', () => {
  it('shows the key figures, the right-sizing sentence and when the figures are from', async () => {
    signedIn();
    withLocation(aSummary());
    renderApp(`/analytics${RANGE}`);
    const kpis = await screen.findByRole('list', { name: 'Key figures' });
    expect(within(kpis).getByText('42%')).toBeTruthy();
    expect(within(kpis).getByText('55%')).toBeTruthy();
    expect(within(kpis).getByText('41 desks')).toBeTruthy();
    expect(within(kpis).getByText('8%')).toBeTruthy();
    expect(within(kpis).getByText('2 days')).toBeTruthy();
    expect(screen.getByText('You used at most 41 of 60 desks; on 95 % of days 34 were enough.')).toBeTruthy();
    expect(screen.getByText(/^Figures as of Mar 28, 2026, 2:00/)).toBeTruthy();
    expect(screen.getAllByText('Aggregated, no personal data').length).toBeGreaterThanOrEqual(4);
    // The whole location was asked for, over the range in the address.
    const summaryRequest = requests.find((request) => new URL(request.url).pathname === '/api/analytics/summary');
    expect(Object.fromEntries(new URL(summaryRequest!.url).searchParams)).toEqual({
      from: '2026-03-01',
      to: '2026-03-28',
      locationId: 'l-1',
    });
  });

  it('says "fewer than 5 bookings" for withheld figures, never 0', async () => {
    signedIn();
    withLocation(aSummary(WITHHELD));
    renderApp(`/analytics${RANGE}`);
    const kpis = await screen.findByRole('list', { name: 'Key figures' });
    expect(within(kpis).getAllByText('fewer than 5 bookings')).toHaveLength(6);
    expect(within(kpis).queryByText(/^0/)).toBeNull();
    expect(screen.getByText('Too few bookings to say how many desks were needed (fewer than 5 bookings).')).toBeTruthy();
    // One withheld week in the trend, one withheld hour in the heatmap.
    expect(await screen.findByText('1 period is left out (fewer than 5 bookings).')).toBeTruthy();
    const heatmap = await screen.findByRole('table', { name: /Average occupancy by weekday and hour/ });
    expect(within(heatmap).getByText('< 5')).toBeTruthy();
    expect(within(heatmap).getByText('fewer than 5 bookings')).toBeTruthy();
  });

  it('says so in German too', async () => {
    await i18n.changeLanguage('de');
    signedIn('facility_manager', 'de');
    withLocation(aSummary(WITHHELD));
    renderApp(`/analytics${RANGE}`);
    const kpis = await screen.findByRole('list', { name: 'Kennzahlen' });
    expect(within(kpis).getAllByText('weniger als 5 Buchungen')).toHaveLength(6);
    expect(screen.getAllByText('Aggregiert, keine personenbezogenen Daten').length).toBeGreaterThanOrEqual(3);
  });

  it('shows the trend as a table on request: the chart’s text alternative, withheld weeks included', async () => {
    signedIn();
    withLocation(aSummary());
    renderApp(`/analytics${RANGE}`);
    const toggle = await screen.findByRole('button', { name: 'Show the figures as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    const table = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // the header and two weeks
    expect(within(rows[1]).getAllByText(/^40\s?%$/)).toHaveLength(2);
    expect(within(rows[1]).getByText('20')).toBeTruthy();
    expect(within(rows[2]).getAllByText('fewer than 5 bookings')).toHaveLength(3);
  });

  it('says when there are no bookings in the range yet, instead of empty charts', async () => {
    signedIn();
    withLocation(aSummary({ bookings: 0, occupancyRate: 0, desksNeeded: { max: 0, p95: 0 } }));
    renderApp(`/analytics${RANGE}`);
    expect(await screen.findByText('No bookings in this range yet')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Key figures' })).toBeNull();
  });

  it('asks for nothing while the range is not a valid one, and says what it needs', async () => {
    signedIn();
    withLocation(aSummary());
    renderApp('/analytics?from=2026-03-28&to=2026-03-01');
    expect(await screen.findByText('Choose the first and the last day, at most 24 months apart.')).toBeTruthy();
    expect(screen.getByText('The first day must not be after the last.')).toBeTruthy();
    expect(requests.some((request) => new URL(request.url).pathname.startsWith('/api/analytics'))).toBe(false);
  });

  it('points to the floor editor when there is no location yet', async () => {
    signedIn('tenant_admin');
    onRequest('GET', '/api/locations', () => json(200, []));
    renderApp('/analytics');
    expect(await screen.findByText('No locations yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open floor plans' }).getAttribute('href')).toBe('/floor-plans');
  });

  it('says what went wrong when the figures cannot be loaded, and offers to try again', async () => {
    signedIn();
    withLocation(aSummary());
    onRequest('GET', '/api/analytics/summary', () => apiError(500, 'INTERNAL_ERROR'));
    renderApp(`/analytics${RANGE}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('downloads the CSV of the same query, with the session (through the API client)', async () => {
    const downloads = captureDownloads();
    signedIn();
    withLocation(aSummary());
    renderApp(`/analytics${RANGE}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Download CSV: Key figures' }));
    await vi.waitFor(() => {
      expect(downloads.names).toEqual(['deskbook-summary-2026-03-01-2026-03-28.csv']);
    });
    const csvRequest = requests.find((request) => new URL(request.url).searchParams.get('format') === 'csv');
    expect(Object.fromEntries(new URL(csvRequest!.url).searchParams)).toEqual({
      from: '2026-03-01',
      to: '2026-03-28',
      locationId: 'l-1',
      format: 'csv',
    });
    expect(await downloads.blobs[0].text()).toContain('bookableDesks');
  });

  it('is not for employees', async () => {
    signedIn('employee');
    renderApp('/analytics');
    expect(await screen.findByRole('heading', { name: i18n.t('pages.noAccess.title'), level: 1 })).toBeTruthy();
    expect(requests.some((request) => new URL(request.url).pathname.startsWith('/api/analytics'))).toBe(false);
  });
});
