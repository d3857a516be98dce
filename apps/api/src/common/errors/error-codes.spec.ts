import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, RESERVED_ERROR_CODES } from './error-codes.js';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const FILTER = 'common/errors/all-exceptions.filter.ts';

/** `super(409, 'EMAIL_TAKEN', …)` in a DomainError subclass, and `new DomainError(403, 'CSRF_HEADER_MISSING', …)`. */
const THROW_SITE = /\b(?:super|new DomainError)\(\s*[\w.]+\s*,\s*'([A-Z][A-Z0-9_]*)'/g;
/** In the error filter every upper-case literal is a code it answers with (`404: 'NOT_FOUND'`, `code: 'INTERNAL_ERROR'`). */
const FILTER_CODE = /'([A-Z][A-Z0-9_]*)'/g;

/** The codes a source file answers with, by the patterns above. */
function codesIn(path: string, source: string): string[] {
  const pattern = path === FILTER ? FILTER_CODE : THROW_SITE;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every code the API's sources throw or answer with, each with the first file that does. */
function thrownCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const path = relative(SRC, file).split('\\').join('/');
    for (const code of codesIn(path, readFileSync(file, 'utf8'))) if (!found.has(code)) found.set(code, path);
  }
  return found;
}

describe('error codes', () => {
  const thrown = thrownCodes();

  it('finds the codes of domain errors, direct throws and the error filter', () => {
    expect(codesIn('users/x.ts', "super(409, 'EMAIL_TAKEN', 'taken');")).toEqual(['EMAIL_TAKEN']);
    expect(codesIn('auth/x.ts', "super(\n      status,\n      'RECOVERY_CODE_USED',\n")).toEqual(['RECOVERY_CODE_USED']);
    expect(codesIn('x.ts', "throw new DomainError(409, 'NEW_CODE', 'new');")).toEqual(['NEW_CODE']);
    expect(codesIn(FILTER, "  404: 'NOT_FOUND',\n  code: CODE_BY_STATUS[status] ?? 'ERROR',")).toEqual(['NOT_FOUND', 'ERROR']);
    // The scan reads the real sources: far more than a handful of codes.
    expect(thrown.size).toBeGreaterThan(30);
  });

  it('lists every code the API throws in the ErrorCode enum', () => {
    const missing = [...thrown].filter(([code]) => !(ERROR_CODES as readonly string[]).includes(code));
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('lists no code the API never answers with, except the reserved ones the contract promises', () => {
    const unused = ERROR_CODES.filter((code) => !thrown.has(code) && !RESERVED_ERROR_CODES.includes(code));
    expect(unused).toEqual([]);
    for (const code of RESERVED_ERROR_CODES)
      expect(thrown.has(code), `${code} is answered now: drop it from the reserved list`).toBe(false);
  });

  it('lists each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
