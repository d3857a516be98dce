import { describe, expect, it } from 'vitest';
import { API_LISTED_PROBLEMS, MAX_IMPORT_BYTES, importContentType, importFileProblem, importProblems, templateCsv } from './booking-import';

const file = (name: string, type = '', size = 100) => ({ name, type, size });

describe('importContentType', () => {
  it('goes by the extension, whatever the browser reports', () => {
    expect(importContentType(file('history.csv', 'application/vnd.ms-excel'))).toBe('text/csv');
    expect(importContentType(file('HISTORY.CSV'))).toBe('text/csv');
    expect(importContentType(file('history.json', 'text/plain'))).toBe('application/json');
  });

  it('falls back to the reported type for a name without a known extension', () => {
    expect(importContentType(file('export', 'text/csv; charset=utf-8'))).toBe('text/csv');
    expect(importContentType(file('export.txt', 'application/json'))).toBe('application/json');
  });

  it('is null for anything else', () => {
    expect(importContentType(file('history.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))).toBeNull();
    expect(importContentType(file('history', ''))).toBeNull();
    expect(importContentType(file('csv', 'text/plain'))).toBeNull();
  });
});

describe('importFileProblem', () => {
  it('accepts CSV and JSON up to 40 MB', () => {
    expect(importFileProblem(file('history.csv', 'text/csv', MAX_IMPORT_BYTES))).toBeNull();
    expect(MAX_IMPORT_BYTES).toBe(40 * 1024 * 1024);
  });

  it('refuses other types and bigger files', () => {
    expect(importFileProblem(file('plan.png', 'image/png'))).toBe('wrong-type');
    expect(importFileProblem(file('history.json', 'application/json', MAX_IMPORT_BYTES + 1))).toBe('too-large');
  });
});

describe('templateCsv', () => {
  it('has a header line with the API field names and one example row with times in ISO 8601 with an offset', () => {
    const [header, example, end, ...rest] = templateCsv().split('\r\n');
    expect(header).toBe('floorName,deskLabel,userEmail,startsAt,endsAt,checkedInAt');
    const values = Object.fromEntries(header.split(',').map((column, index) => [column, example.split(',')[index]]));
    expect(values).toMatchObject({ floorName: 'Ground floor', deskLabel: 'D1', userEmail: expect.stringContaining('@') as unknown });
    for (const column of ['startsAt', 'endsAt', 'checkedInAt']) {
      expect(values[column]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
    expect(Date.parse(values.endsAt)).toBeGreaterThan(Date.parse(values.startsAt));
    expect([end, rest]).toEqual(['', []]);
  });
});

describe('importProblems', () => {
  const problem = (row: number, field: string, ...messages: string[]) => ({ row, field: `rows[${String(row)}].${field}`, messages });

  it('lists row problems by column without the rows[n]. prefix, messages joined', () => {
    expect(importProblems([problem(2, 'deskId', 'No desk with this id'), problem(4, 'startsAt', 'bad', 'worse')])).toEqual({
      rowProblemCount: 2,
      countComplete: true,
      shown: [
        { row: 2, column: 'deskId', code: null, params: {}, message: 'No desk with this id' },
        { row: 4, column: 'startsAt', code: null, params: {}, message: 'bad worse' },
      ],
      more: 0,
      fileProblems: [],
    });
  });

  it('shows the first 50 and counts the rest', () => {
    const many = Array.from({ length: 53 }, (_, index) => problem(index + 1, 'endsAt', 'endsAt must be after startsAt'));
    const result = importProblems(many);
    expect(result.rowProblemCount).toBe(53);
    expect(result.shown).toHaveLength(50);
    expect(result.shown.at(-1)?.row).toBe(50);
    expect(result.more).toBe(3);
    expect(result.countComplete).toBe(true);
  });

  it('says the count may be short when the API listed as many problems as it ever lists', () => {
    const listed = (count: number) => Array.from({ length: count }, (_, index) => problem(index + 1, 'deskId', 'No desk with this id'));
    expect(importProblems(listed(API_LISTED_PROBLEMS - 1)).countComplete).toBe(true);
    expect(importProblems(listed(API_LISTED_PROBLEMS))).toMatchObject({
      rowProblemCount: API_LISTED_PROBLEMS,
      countComplete: false,
      more: API_LISTED_PROBLEMS - 50,
    });
  });

  it('keeps the code and values of a problem the app can word, and drops a code it does not know', () => {
    const coded = {
      row: 3,
      field: 'rows[3].floorName',
      code: 'NO_FLOOR',
      params: { floorName: 'Roof' },
      messages: ['No floor named "Roof"'],
    };
    const unknown = { row: 4, field: 'rows[4].endsAt', code: 'toString', params: {}, messages: ['Inherited names are no codes'] };
    expect(importProblems([coded, unknown]).shown).toEqual([
      { row: 3, column: 'floorName', code: 'NO_FLOOR', params: { floorName: 'Roof' }, message: 'No floor named "Roof"' },
      { row: 4, column: 'endsAt', code: null, params: {}, message: 'Inherited names are no codes' },
    ]);
  });

  it('keeps problems of the whole file apart as plain messages', () => {
    expect(importProblems([{ field: 'rows', messages: ['The file has no rows'] }])).toEqual({
      rowProblemCount: 0,
      countComplete: true,
      shown: [],
      more: 0,
      fileProblems: [{ code: null, params: {}, message: 'The file has no rows' }],
    });
  });
});
