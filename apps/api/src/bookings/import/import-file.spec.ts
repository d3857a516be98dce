import { Readable } from 'node:stream';
import express, { type Request } from 'express';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './import-file.js';

/** The parts of an Express request the reader uses, over a body that arrives in chunks. */
function request(contentType: string, body: string, chunkSize?: number): Request {
  const bytes = Buffer.from(body);
  // Tiny chunks split small bodies mid-character; big ones come as the network delivers them.
  const size = chunkSize ?? (bytes.length < 1_000 ? 7 : 64 * 1024);
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  return Object.assign(Readable.from(chunks, { objectMode: false }), {
    headers: { 'content-type': contentType, 'content-length': String(bytes.length) },
    complete: true,
    is(this: Request, types: string[]) {
      return express.request.is.call(this, types);
    },
  }) as unknown as Request;
}

const codeOf = async (promise: Promise<unknown>) => {
  const err = (await promise.catch((e: unknown) => e)) as { code?: string; details?: { code?: string; field?: string }[] };
  return [err.code, err.details?.[0]?.code ?? err.details?.[0]?.field];
};

describe('readImportFile', () => {
  it('reads CSV with a byte order mark and CRLF into records, multi-byte characters split across chunks intact', async () => {
    const csv = '\ufeffendsAt,deskLabel,startsAt\r\n2026-03-02T12:00:00Z,Büro 1,2026-03-02T08:00:00Z\r\n\r\n';
    expect(await readImportFile(request('text/csv; charset=utf-8', csv))).toEqual([
      { endsAt: '2026-03-02T12:00:00Z', deskLabel: 'Büro 1', startsAt: '2026-03-02T08:00:00Z' },
    ]);
  });

  it('reads JSON as it is', async () => {
    const rows = { rows: [{ deskLabel: 'Büro 1', startsAt: 'x' }] };
    expect(await readImportFile(request('application/json', JSON.stringify(rows)))).toEqual(rows);
  });

  it('stops at a hostile file: nested too deep, a prototype key, unreadable, of another type', async () => {
    expect(await codeOf(readImportFile(request('application/json', '['.repeat(1000))))).toEqual(['MALFORMED_JSON', undefined]);
    expect(await codeOf(readImportFile(request('application/json', '[{"a":1,"__proto__":{}}]')))).toEqual([
      'VALIDATION_FAILED',
      '[0].__proto__',
    ]);
    expect(await codeOf(readImportFile(request('text/csv', 'deskId,startsAt\n"unclosed,x')))).toEqual([
      'VALIDATION_FAILED',
      'FILE_UNREADABLE',
    ]);
    expect(await codeOf(readImportFile(request('application/json', '[1,')))).toEqual(['MALFORMED_JSON', undefined]);
    expect(await codeOf(readImportFile(request('application/xml', '<rows/>')))).toEqual(['VALIDATION_FAILED', 'NOT_ROWS']);
  });

  it.each([
    ['in the chunks the network delivers', undefined],
    ['in one chunk', Number.MAX_SAFE_INTEGER],
  ])('gives other requests their turn while it parses a big file that arrived at once, %s', { timeout: 60_000 }, async (_, chunkSize) => {
    const csv = `deskId,startsAt,endsAt\n${'d1,2026-03-02T08:00:00Z,2026-03-02T12:00:00Z\n'.repeat(60_000)}`;
    // What another request needs: a turn of the event loop (I/O callbacks run between setImmediate turns).
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const rows = (await readImportFile(request('text/csv', csv, chunkSize))) as unknown[];
    counting = false;
    expect(rows).toHaveLength(60_000);
    // Parsing 2.6 MB takes far longer than one turn's budget: it must have given way several times.
    expect(turns).toBeGreaterThan(3);
  });

  // Big files: parsing them takes seconds on a busy machine.
  it('stops at row 100,001, or at more values than 100,000 rows hold', { timeout: 60_000 }, async () => {
    expect(await codeOf(readImportFile(request('application/json', `[${'1,'.repeat(100_001)}1]`)))).toEqual([
      'VALIDATION_FAILED',
      'TOO_MANY_ROWS',
    ]);
    const manyKeys = `{${Array.from({ length: 800_010 }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(await codeOf(readImportFile(request('application/json', manyKeys)))).toEqual(['VALIDATION_FAILED', 'TOO_MANY_ROWS']);
    expect(await codeOf(readImportFile(request('text/csv', `a\n${'1\n'.repeat(100_001)}`)))).toEqual([
      'VALIDATION_FAILED',
      'TOO_MANY_ROWS',
    ]);
  });
});
