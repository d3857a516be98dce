import { DomainError, ValidationFailedError } from '../errors/domain-error.js';

/**
 * How deep a JSON body may nest. Our deepest document (tenant settings) needs 3; class-transformer
 * recurses once per level and overflows the stack at a few thousand, and V8's JSON.parse happily
 * builds millions of nested arrays from a body of `[`.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys that reach an object's prototype when code downstream copies or merges a body
 * (`Object.assign`, class-transformer, spread into a TypeORM entity). No DTO has such a field.
 */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export class JsonTooDeepError extends DomainError {
  constructor() {
    super(400, 'MALFORMED_JSON', `The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep`);
  }
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Throws JsonTooDeepError when the raw JSON nests deeper than MAX_JSON_DEPTH, before anything parses
 * it. Reads bytes: in UTF-8 no byte of a multi-byte character is ASCII, so brackets inside strings are
 * the only ones to skip. Malformed input passes through to the parser, which answers for it.
 */
export function assertJsonDepth(raw: Uint8Array): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) throw new JsonTooDeepError();
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
}

/** `rows[3].__proto__` from the keys and indexes leading to a value. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

export function prototypeKeyError(path: readonly (string | number)[]): ValidationFailedError {
  const field = jsonPath(path);
  const key = String(path[path.length - 1]);
  return new ValidationFailedError([{ field, messages: [`${key} is not allowed as a key`] }], `Invalid or unknown fields: ${field}`);
}

/** Throws VALIDATION_FAILED naming the first `__proto__`, `constructor` or `prototype` key in a parsed body. */
export function assertNoPrototypeKeys(value: unknown, path: (string | number)[] = []): void {
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    path.push(key);
    if (typeof key === 'string' && isPrototypeKey(key)) throw prototypeKeyError(path);
    assertNoPrototypeKeys(item, path);
    path.pop();
  }
}
