import { describe, expect, it } from 'vitest';
import { assertJsonDepth, assertNoPrototypeKeys, JsonTooDeepError, MAX_JSON_DEPTH } from './json-limits.js';

const raw = (text: string) => Buffer.from(text);

describe('assertJsonDepth', () => {
  it(`allows ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    expect(() => assertJsonDepth(raw('{"a":'.repeat(MAX_JSON_DEPTH) + '1' + '}'.repeat(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => assertJsonDepth(raw('['.repeat(MAX_JSON_DEPTH + 1)))).toThrow(JsonTooDeepError);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(() => assertJsonDepth(raw(JSON.stringify({ a: '['.repeat(100) + '\\"' + '{'.repeat(100), b: 'ü{' })))).not.toThrow();
  });
});

describe('assertNoPrototypeKeys', () => {
  it('names the first prototype key at any depth', () => {
    expect(() => assertNoPrototypeKeys(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'a[1].__proto__', messages: ['__proto__ is not allowed as a key'] }],
      }),
    );
    expect(() => assertNoPrototypeKeys({ x: { constructor: 1 } })).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'x.constructor' })] }),
    );
  });

  it('lets the words through as values and inside longer keys', () => {
    expect(() => assertNoPrototypeKeys({ name: '__proto__', constructorName: 'prototype', list: [null, 1, 'x'] })).not.toThrow();
    expect(() => assertNoPrototypeKeys(undefined)).not.toThrow();
  });
});
