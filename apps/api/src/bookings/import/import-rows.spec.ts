import { describe, expect, it } from 'vitest';
import { ImportFormatError, overlapsWithinFile, parseCsv, rowsOfBody, validateRow, type RowError } from './import-rows.js';

const ok = { deskId: 'd1', startsAt: '2026-03-02T08:00:00Z', endsAt: '2026-03-02T12:00:00+01:00' };

function check(raw: unknown) {
  const errors: RowError[] = [];
  return { row: validateRow(raw, 7, errors), errors };
}

describe('validateRow', () => {
  it('accepts a desk id or a floor name with a label, and normalizes the e-mail', () => {
    expect(check({ ...ok, userEmail: ' Alice@Example.COM ' }).row).toEqual({
      row: 7,
      desk: { deskId: 'd1' },
      userEmail: 'alice@example.com',
      startsAt: new Date('2026-03-02T08:00:00Z'),
      endsAt: new Date('2026-03-02T11:00:00Z'),
      checkedInAt: null,
    });
    expect(check({ floorName: 'Ground', deskLabel: 'A1', startsAt: ok.startsAt, endsAt: ok.endsAt }).row?.desk).toEqual({ floorName: 'Ground', deskLabel: 'A1' });
    // Empty CSV cells count as absent.
    expect(check({ ...ok, userEmail: '', checkedInAt: '' }).row).toMatchObject({ userEmail: null, checkedInAt: null });
  });

  it.each([
    [{ startsAt: ok.startsAt, endsAt: ok.endsAt }, 'deskId'],
    [{ floorName: 'Ground', startsAt: ok.startsAt, endsAt: ok.endsAt }, 'deskId'],
    [{ ...ok, startsAt: '2026-03-02 08:00' }, 'startsAt'],
    [{ ...ok, startsAt: '2026-03-02T08:00:00' }, 'startsAt'],
    [{ ...ok, endsAt: undefined }, 'endsAt'],
    [{ ...ok, endsAt: ok.startsAt }, 'endsAt'],
    [{ ...ok, endsAt: '2026-03-03T08:00:01Z' }, 'endsAt'],
    [{ ...ok, userEmail: 'not-an-address' }, 'userEmail'],
    [{ ...ok, checkedInAt: 'yesterday' }, 'checkedInAt'],
    [{ ...ok, colour: 'red' }, 'colour'],
    ['a string', 'row'],
  ])('rejects %j naming %s', (raw, field) => {
    const { row, errors } = check(raw);
    expect(row).toBeNull();
    expect(errors.map((e) => [e.row, e.field])).toEqual([[7, field]]);
  });
});

describe('overlapsWithinFile', () => {
  const r = (row: number, key: string | null, from: number, to: number) => ({ row, key, startsAt: new Date(from * 3_600_000), endsAt: new Date(to * 3_600_000) });

  it('names every row that overlaps an earlier one of the same key, whatever the file order', () => {
    const rows = [r(1, 'a', 10, 12), r(2, 'a', 8, 11), r(3, 'b', 8, 11), r(4, 'a', 12, 13), r(5, 'a', 9, 9.5)];
    expect(overlapsWithinFile(rows, (x) => x.key, 'deskId', 'twice').map((e) => e.row)).toEqual([5, 1]);
  });

  it('lets bookings touch, and ignores rows without a key', () => {
    expect(overlapsWithinFile([r(1, 'a', 8, 10), r(2, 'a', 10, 12), r(3, null, 8, 12), r(4, null, 8, 12)], (x) => x.key, 'deskId', 'twice')).toEqual([]);
  });

  it('compares with the longest booking so far, not just the previous one', () => {
    expect(overlapsWithinFile([r(1, 'a', 8, 18), r(2, 'a', 9, 10), r(3, 'a', 11, 12)], (x) => x.key, 'deskId', 'twice').map((e) => e.row)).toEqual([2, 3]);
  });
});

describe('rowsOfBody and parseCsv', () => {
  it('reads a JSON array, { rows }, or CSV text with a header in any column order', () => {
    expect(rowsOfBody([ok])).toEqual([ok]);
    expect(rowsOfBody({ rows: [ok] })).toEqual([ok]);
    expect(rowsOfBody('\ufeffendsAt,deskId,startsAt\r\n2026-03-02T12:00:00Z,d1,2026-03-02T08:00:00Z\r\n\r\n')).toEqual([
      { endsAt: '2026-03-02T12:00:00Z', deskId: 'd1', startsAt: '2026-03-02T08:00:00Z' },
    ]);
  });

  it('explains what it expected when the body is neither', () => {
    expect(() => rowsOfBody({ something: 'else' })).toThrow(ImportFormatError);
    expect(() => parseCsv('deskId,startsAt\n"unclosed,x')).toThrow(/could not be read/);
  });
});
