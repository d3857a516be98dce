import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../common/errors/domain-error.js';
import { overlapsWithinFile, rowsOfBody, validateRow, type RowError } from './import-rows.js';

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
    expect(check({ floorName: 'Ground', deskLabel: 'A1', startsAt: ok.startsAt, endsAt: ok.endsAt }).row?.desk).toEqual({
      floorName: 'Ground',
      deskLabel: 'A1',
    });
    // Empty CSV cells count as absent.
    expect(check({ ...ok, userEmail: '', checkedInAt: '' }).row).toMatchObject({ userEmail: null, checkedInAt: null });
  });

  it.each([
    [{ startsAt: ok.startsAt, endsAt: ok.endsAt }, 'deskId', 'DESK_MISSING'],
    [{ floorName: 'Ground', startsAt: ok.startsAt, endsAt: ok.endsAt }, 'deskId', 'DESK_MISSING'],
    [{ ...ok, startsAt: '2026-03-02 08:00' }, 'startsAt', 'INVALID_TIME'],
    [{ ...ok, startsAt: '2026-03-02T08:00:00' }, 'startsAt', 'INVALID_TIME'],
    [{ ...ok, endsAt: undefined }, 'endsAt', 'REQUIRED'],
    [{ ...ok, endsAt: ok.startsAt }, 'endsAt', 'ENDS_BEFORE_START'],
    [{ ...ok, endsAt: '2026-03-03T08:00:01Z' }, 'endsAt', 'TOO_LONG'],
    [{ ...ok, userEmail: 'not-an-address' }, 'userEmail', 'INVALID_EMAIL'],
    [{ ...ok, checkedInAt: 'yesterday' }, 'checkedInAt', 'INVALID_TIME'],
    [{ ...ok, colour: 'red' }, 'colour', 'UNKNOWN_FIELD'],
    ['a string', 'row', 'NOT_AN_OBJECT'],
  ])('rejects %j naming %s (%s)', (raw, field, code) => {
    const { row, errors } = check(raw);
    expect(row).toBeNull();
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([[7, field, code]]);
  });

  it('gives each problem the values of its message, so a client can word it in its own language', () => {
    expect(check({ ...ok, colour: 'red' }).errors).toEqual([
      {
        row: 7,
        field: 'colour',
        code: 'UNKNOWN_FIELD',
        params: { field: 'colour', expected: 'deskId, floorName, deskLabel, userEmail, startsAt, endsAt, checkedInAt' },
        messages: ['Unknown field colour; expected deskId, floorName, deskLabel, userEmail, startsAt, endsAt, checkedInAt'],
      },
    ]);
    expect(check({ ...ok, endsAt: '2026-03-03T08:00:01Z' }).errors[0]).toMatchObject({
      params: { hours: 24 },
      messages: ['A booking may last at most 24 hours'],
    });
    expect(check({ ...ok, endsAt: undefined }).errors[0]).toMatchObject({ params: { field: 'endsAt' }, messages: ['endsAt is required'] });
  });
});

describe('overlapsWithinFile', () => {
  const r = (row: number, key: string | null, from: number, to: number) => ({
    row,
    key,
    startsAt: new Date(from * 3_600_000),
    endsAt: new Date(to * 3_600_000),
  });

  it('names every row that overlaps an earlier one of the same key, whatever the file order', async () => {
    const rows = [r(1, 'a', 10, 12), r(2, 'a', 8, 11), r(3, 'b', 8, 11), r(4, 'a', 12, 13), r(5, 'a', 9, 9.5)];
    const errors = await overlapsWithinFile(rows, (x) => x.key, 'deskId', 'DESK_TWICE_IN_FILE');
    expect(errors.map((e) => e.row)).toEqual([5, 1]);
    expect(errors[0]).toMatchObject({
      field: 'deskId',
      code: 'DESK_TWICE_IN_FILE',
      params: { otherRow: 2 },
      messages: ['Overlaps row 2: the desk is booked twice'],
    });
  });

  it('lets bookings touch, and ignores rows without a key', async () => {
    expect(
      await overlapsWithinFile(
        [r(1, 'a', 8, 10), r(2, 'a', 10, 12), r(3, null, 8, 12), r(4, null, 8, 12)],
        (x) => x.key,
        'deskId',
        'DESK_TWICE_IN_FILE',
      ),
    ).toEqual([]);
  });

  it('compares with the longest booking so far, not just the previous one', async () => {
    const errors = await overlapsWithinFile(
      [r(1, 'a', 8, 18), r(2, 'a', 9, 10), r(3, 'a', 11, 12)],
      (x) => x.key,
      'deskId',
      'DESK_TWICE_IN_FILE',
    );
    expect(errors.map((e) => e.row)).toEqual([2, 3]);
  });
});

describe('rowsOfBody', () => {
  it('reads an array (JSON, or the records of a CSV file) or { rows }', () => {
    expect(rowsOfBody([ok])).toEqual([ok]);
    expect(rowsOfBody({ rows: [ok] })).toEqual([ok]);
  });

  it('explains what it expected when the body is neither', () => {
    expect(() => rowsOfBody({ something: 'else' })).toThrow(ValidationFailedError);
  });
});
