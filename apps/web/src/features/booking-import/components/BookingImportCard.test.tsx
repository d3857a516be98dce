import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { captureDownloads } from '../../../test/downloads';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aMe, aTenantSettings, NEVER_RUN_ANONYMIZATION } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { API_LISTED_PROBLEMS, MAX_IMPORT_BYTES, TEMPLATE_FILE_NAME, templateCsv } from '../booking-import';

const CSV = 'deskId,startsAt,endsAt\r\nd-1,2025-03-03T08:00:00Z,2025-03-03T12:00:00Z\r\n';

async function openCard(locale: 'en' | 'de' = 'en') {
  if (locale === 'de') await i18n.changeLanguage('de');
  onRequest('GET', '/api/me', () => json(200, aMe({ locale })));
  onRequest('GET', '/api/admin/anonymization/status', () => json(200, NEVER_RUN_ANONYMIZATION));
  onRequest('GET', '/api/tenant/settings', () => json(200, aTenantSettings()));
  renderApp('/admin/settings');
  return screen.findByRole('region', { name: locale === 'de' ? 'Buchungsverlauf importieren' : 'Import booking history' });
}

function choose(card: HTMLElement, file: File) {
  const input = card.querySelector('input[type="file"]');
  if (!input) throw new Error('the card has no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

function importButton(card: HTMLElement) {
  return within(card).getByRole('button', { name: 'Import' });
}

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const imports = () => requests.filter((request) => request.method === 'POST' && request.url.endsWith('/admin/bookings/import'));
const statusRequests = () => requests.filter((request) => request.url.endsWith('/anonymization/status')).length;

describe('BookingImportCard', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends a CSV file as text/csv, says how many bookings were imported and empties the file field', async () => {
    const card = await openCard();
    onRequest('POST', '/api/admin/bookings/import', () => json(200, { imported: 2, anonymizationQueued: true }));
    expect(importButton(card).hasAttribute('disabled')).toBe(true);

    choose(card, new File([CSV], 'history.csv', { type: 'application/vnd.ms-excel' }));
    await waitFor(() => {
      expect(importButton(card).hasAttribute('disabled')).toBe(false);
    });
    const statusBefore = statusRequests();
    fireEvent.click(importButton(card));

    expect(await within(card).findByText('2 bookings imported.')).toBeTruthy();
    const [sent] = imports();
    expect(sent.headers.get('Content-Type')).toBe('text/csv');
    expect(sent.headers.get('X-Requested-With')).toBe('deskbook');
    expect(await sent.text()).toBe(CSV);
    expect(within(card).getByText('Choose a .csv or .json file')).toBeTruthy();
    expect(importButton(card).hasAttribute('disabled')).toBe(true);
    // The import queued an anonymization run: the status is asked for again.
    await waitFor(() => {
      expect(statusRequests()).toBeGreaterThan(statusBefore);
    });
  });

  it('sends a JSON file as application/json, unparsed', async () => {
    const card = await openCard();
    onRequest('POST', '/api/admin/bookings/import', () => json(200, { imported: 1, anonymizationQueued: true }));
    const body = '[{"deskId":"d-1","startsAt":"2025-03-03T08:00:00Z","endsAt":"2025-03-03T12:00:00Z"}]';
    choose(card, new File([body], 'history.json'));
    fireEvent.click(importButton(card));

    expect(await within(card).findByText('1 booking imported.')).toBeTruthy();
    expect(imports()[0].headers.get('Content-Type')).toBe('application/json');
    expect(await imports()[0].text()).toBe(body);
  });

  it('says when the anonymization run could not be started: the rows are in, the next scheduled run handles them', async () => {
    const card = await openCard();
    onRequest('POST', '/api/admin/bookings/import', () => json(200, { imported: 1, anonymizationQueued: false }));
    choose(card, new File([CSV], 'history.csv'));
    fireEvent.click(importButton(card));

    expect(await within(card).findByText('1 booking imported.')).toBeTruthy();
    expect(
      within(card).getByText(
        'The anonymization run could not be started right now. Bookings past their retention period are handled by the next scheduled run.',
      ),
    ).toBeTruthy();
  });

  it('lists the first 50 problems of a refused file by row and column, and counts the rest', async () => {
    const card = await openCard();
    const problems = Array.from({ length: 53 }, (_, index) => ({
      row: index + 2,
      field: `rows[${String(index + 2)}].${index === 0 ? 'deskId' : 'endsAt'}`,
      messages: [index === 0 ? 'No desk with this id' : 'endsAt must be after startsAt'],
    }));
    onRequest('POST', '/api/admin/bookings/import', () => apiError(400, 'VALIDATION_FAILED', problems));
    choose(card, new File([CSV], 'history.csv'));
    fireEvent.click(importButton(card));

    expect(await within(card).findByText('Nothing was imported. The file has 53 problems:')).toBeTruthy();
    const rows = within(within(card).getByRole('table', { name: 'Problems in the file' })).getAllByRole('row');
    expect(rows).toHaveLength(51);
    expect(cellTexts(rows[1])).toEqual(['2', 'deskId', 'No desk with this id']);
    expect(cellTexts(rows[50])).toEqual(['51', 'endsAt', 'endsAt must be after startsAt']);
    expect(within(card).getByText('…and 3 more.')).toBeTruthy();
  });

  it('says "at least" when the API listed as many problems as it ever lists', async () => {
    const card = await openCard();
    const problems = Array.from({ length: API_LISTED_PROBLEMS }, (_, index) => ({
      row: index + 1,
      field: `rows[${String(index + 1)}].deskId`,
      messages: ['No desk with this id'],
    }));
    onRequest('POST', '/api/admin/bookings/import', () => apiError(400, 'VALIDATION_FAILED', problems));
    choose(card, new File([CSV], 'history.csv'));
    fireEvent.click(importButton(card));

    expect(await within(card).findByText(/^Nothing was imported\. The file has at least 500 problems/)).toBeTruthy();
  });

  it('shows a problem of the whole file as a plain message', async () => {
    const card = await openCard();
    onRequest('POST', '/api/admin/bookings/import', () =>
      apiError(400, 'VALIDATION_FAILED', [{ field: 'rows', messages: ['The file has no rows'] }]),
    );
    choose(card, new File([''], 'empty.csv'));
    fireEvent.click(importButton(card));

    expect(await within(card).findByText('The file has no rows')).toBeTruthy();
    expect(within(card).getByText('The file was not imported')).toBeTruthy();
    expect(within(card).queryByRole('table', { name: 'Problems in the file' })).toBeNull();
  });

  it('words coded problems in the reader’s language, with the values the API named', async () => {
    const card = await openCard('de');
    onRequest('POST', '/api/admin/bookings/import', () =>
      apiError(400, 'VALIDATION_FAILED', [
        {
          row: 2,
          field: 'rows[2].deskLabel',
          code: 'NO_DESK_ON_FLOOR',
          params: { floorName: 'Erdgeschoss', deskLabel: 'Z9' },
          messages: ['No desk "Z9" on floor "Erdgeschoss"'],
        },
        {
          row: 3,
          field: 'rows[3].deskId',
          code: 'DESK_TWICE_IN_FILE',
          params: { otherRow: 2 },
          messages: ['Overlaps row 2: the desk is booked twice'],
        },
        // A code this version of the app does not know yet: the API's English words.
        { row: 4, field: 'rows[4].endsAt', code: 'SOMETHING_NEW', params: {}, messages: ['Something new is wrong'] },
      ]),
    );
    choose(card, new File([CSV], 'verlauf.csv'));
    fireEvent.click(within(card).getByRole('button', { name: 'Importieren' }));

    const table = await within(card).findByRole('table', { name: 'Fehler in der Datei' });
    const rows = within(table).getAllByRole('row');
    expect(cellTexts(rows[1])).toEqual(['2', 'deskLabel', 'Auf der Etage „Erdgeschoss“ gibt es keinen Arbeitsplatz „Z9“.']);
    expect(cellTexts(rows[2])).toEqual([
      '3',
      'deskId',
      'Der Arbeitsplatz ist zu dieser Zeit doppelt gebucht: Diese Zeile überschneidet sich mit Zeile 2.',
    ]);
    expect(cellTexts(rows[3])).toEqual(['4', 'endsAt', 'Something new is wrong']);
  });

  it('words a coded problem of the whole file, numbers in the reader’s format', async () => {
    const card = await openCard('de');
    onRequest('POST', '/api/admin/bookings/import', () =>
      apiError(400, 'VALIDATION_FAILED', [
        { field: 'rows', code: 'TOO_MANY_ROWS', params: { max: 100000 }, messages: ['At most 100,000 rows a request; split the file'] },
      ]),
    );
    choose(card, new File([CSV], 'verlauf.csv'));
    fireEvent.click(within(card).getByRole('button', { name: 'Importieren' }));

    expect(await within(card).findByText(/^Die Datei hat mehr als 100\.000 Zeilen\./)).toBeTruthy();
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE', 'This file is larger than 40 MB. Split it into smaller files and import them one after another.'],
    [400, 'MALFORMED_JSON', 'This file is not valid JSON. Check it and try again.'],
    [403, 'FORBIDDEN', 'You are not allowed to do this.'],
    [500, 'INTERNAL_ERROR', 'Something went wrong on our side. Please try again in a moment.'],
  ])('explains a refused request (%i %s) in words', async (status, code, text) => {
    const card = await openCard();
    onRequest('POST', '/api/admin/bookings/import', () => apiError(status, code));
    choose(card, new File([CSV], 'history.csv'));
    fireEvent.click(importButton(card));
    expect(await within(card).findByText(text)).toBeTruthy();
  });

  it('refuses a file that is not CSV or JSON without sending it', async () => {
    const card = await openCard();
    choose(card, new File(['PNG'], 'plan.png', { type: 'image/png' }));

    expect(await within(card).findByText(/This is not a CSV or JSON file/)).toBeTruthy();
    expect(importButton(card).hasAttribute('disabled')).toBe(true);
    fireEvent.click(importButton(card));
    expect(imports()).toEqual([]);
  });

  it('refuses a file over 40 MB without sending it', async () => {
    const card = await openCard();
    const huge = new File(['x'], 'history.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    choose(card, huge);

    expect(await within(card).findByText(/This file is larger than 40 MB/)).toBeTruthy();
    expect(importButton(card).hasAttribute('disabled')).toBe(true);
    fireEvent.click(importButton(card));
    expect(imports()).toEqual([]);
  });

  it('downloads the CSV template made in the browser', async () => {
    const card = await openCard();
    const { names, blobs } = captureDownloads();
    fireEvent.click(within(card).getByRole('button', { name: 'Download CSV template' }));

    expect(names).toEqual([TEMPLATE_FILE_NAME]);
    expect(await blobs[0].text()).toBe(templateCsv());
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });
});
