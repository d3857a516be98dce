import type { Duplex } from 'node:stream';
import { parse as csvParser } from 'csv-parse';
import type { Request } from 'express';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { createEventLoopPause } from '../../common/event-loop.js';
import { isPrototypeKey, JsonTooDeepError, MAX_JSON_DEPTH, prototypeKeyError } from '../../common/http/json-limits.js';
import { IMPORT_FIELDS, MAX_IMPORT_ROWS, refuseFile } from './import-rows.js';
import { importProblem } from './import-problems.js';

/**
 * Reading an import file from the request, which no middleware has touched: the controller calls this
 * only after the guards let a tenant admin in, so nobody else can make the API read 40 MB. Both
 * formats are parsed as the bytes arrive, a chunk at a time (other requests are served in between),
 * and reading stops at the first sign of a hostile file: over 40 MB, JSON nested deeper than
 * MAX_JSON_DEPTH, a prototype key, or more than MAX_IMPORT_ROWS rows.
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

export class ImportTooLargeError extends DomainError {
  constructor() {
    super(413, 'PAYLOAD_TOO_LARGE', `An import file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it`);
  }
}

class MalformedImportJsonError extends DomainError {
  constructor(reason: string) {
    super(400, 'MALFORMED_JSON', `The file is not valid JSON: ${reason}`);
  }
}

/** As many values as 100,000 rows with every field hold (and their objects and the array around them). */
const MAX_JSON_VALUES = MAX_IMPORT_ROWS * (IMPORT_FIELDS.length + 1) + 2;

const refuseTooManyRows = (): never => refuseFile(importProblem('rows', 'TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS }));

/**
 * The file's rows: CSV (`text/csv`, `text/plain`) with a header line, or JSON (a JSON array of rows
 * or `{ rows: [...] }`): CSV as its records, JSON as it is. Anything else is refused with a DomainError.
 */
export async function readImportFile(req: Request): Promise<unknown> {
  const kind = req.is(['text/csv', 'text/plain', 'application/json', '+json']);
  if (!kind) refuseFile(importProblem('rows', 'NOT_ROWS'));
  if (Number(req.headers['content-length']) > MAX_IMPORT_BYTES) throw new ImportTooLargeError();
  return kind.startsWith('text/') ? readCsv(req) : readJson(req);
}

async function readCsv(req: Request): Promise<unknown[]> {
  const rows: unknown[] = [];
  const parser = csvParser({ columns: true, bom: true, trim: true, skip_empty_lines: true, max_record_size: 4096 });
  try {
    await readThrough(req, parser, (row) => {
      if (rows.push(row) > MAX_IMPORT_ROWS) refuseTooManyRows();
    });
  } catch (err) {
    if (err instanceof DomainError) throw err;
    refuseFile(importProblem('rows', 'FILE_UNREADABLE', { reason: (err as Error).message }));
  }
  return rows;
}

interface JsonToken {
  name: string;
  value?: string;
}

async function readJson(req: Request): Promise<unknown> {
  const assembler = new Assembler();
  let depth = 0;
  let values = 0;
  const consume = (token: JsonToken) => {
    if (token.name !== 'keyValue' && !token.name.startsWith('end') && ++values > MAX_JSON_VALUES) refuseTooManyRows();
    if (token.name === 'startObject' || token.name === 'startArray') {
      if (++depth > MAX_JSON_DEPTH) throw new JsonTooDeepError();
    } else if (token.name === 'endObject' || token.name === 'endArray') depth--;
    else if (token.name === 'keyValue' && isPrototypeKey(token.value ?? ''))
      // Assembled, `__proto__` would set the row's prototype.
      throw prototypeKeyError([...(assembler.path as unknown as (string | number)[]), token.value ?? '']);
    assembler.consume(token);
    // The only array a file has is its rows; elements beyond the limit need not be kept. Nor do more
    // values than any file of rows has, e.g. in one object with millions of keys.
    if (Array.isArray(assembler.current) && assembler.current.length > MAX_IMPORT_ROWS) refuseTooManyRows();
  };
  try {
    await readThrough(req, new Parser({ packValues: true, streamValues: false }), consume);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new MalformedImportJsonError((err as Error).message);
  }
  return assembler.current as unknown;
}

/**
 * Bytes handed to a parser at once. A socket delivers up to 64 KB a chunk, which a parser not yet
 * optimized by the JIT (the first import after a start) takes tens of milliseconds to get through.
 */
const PARSE_SLICE = 16 * 1024;

/**
 * Feeds the request's bytes to `parser`, handing each item it produces to `onItem`, and stops at the
 * first error (from the parser, from `onItem`, or the byte limit). After an error, the rest of the
 * body is read and dropped, so the answer can still go out on the same connection.
 *
 * Not `req.pipe(parser)`: on a fast link the socket hands over megabytes per turn of the event loop
 * and a pipe parses all of it before anyone else is served. Here the request is paused after each
 * chunk and resumed once other requests had their turn (createEventLoopPause); a chunk is parsed in
 * slices of PARSE_SLICE bytes with the same pause between them.
 */
function readThrough<T>(req: Request, parser: Duplex, onItem: (item: T) => void): Promise<void> {
  const pause = createEventLoopPause();
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let failed = false;
    let fed = Promise.resolve();
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      req.off('data', onChunk);
      parser.destroy();
      req.resume();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const onChunk = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) return fail(new ImportTooLargeError());
      req.pause();
      fed = feed(chunk).then(() => {
        if (!failed) req.resume();
      });
    };
    const feed = async (chunk: Buffer) => {
      for (let at = 0; at < chunk.length && !failed; at += PARSE_SLICE) {
        parser.write(chunk.subarray(at, at + PARSE_SLICE));
        await pause();
      }
    };
    req.on('data', onChunk);
    // A paused request still ends once its last chunk was handed over: the parser ends after that chunk's last slice.
    req.on('end', () => {
      void fed.then(() => {
        if (!failed) parser.end();
      });
    });
    req.on('error', fail);
    req.on('close', () => {
      if (!req.complete) fail(new Error('The request was aborted'));
    });
    parser.on('data', (item: T) => {
      if (failed) return;
      try {
        onItem(item);
      } catch (err) {
        fail(err);
      }
    });
    parser.on('error', fail);
    parser.on('end', () => {
      if (!failed) resolve();
    });
  });
}
