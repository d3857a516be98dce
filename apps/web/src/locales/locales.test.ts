import { describe, expect, it } from 'vitest';
import { BOOKING_RULES, GENERIC_ERRORS, TRANSLATED_ERROR_CODES } from '../api/error-messages';
import { IMPORT_PROBLEM_CODES } from '../features/booking-import/booking-import';
import de from './de.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('locales', () => {
  it('German has exactly the keys English has', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it('no text is empty', () => {
    for (const [name, tree] of Object.entries({ en, de })) {
      for (const key of keys(tree)) expect(lookup(tree, key), `${name}: ${key}`).not.toBe('');
    }
  });

  it('every error code with its own text has it in both languages', () => {
    for (const tree of [en, de]) {
      for (const code of TRANSLATED_ERROR_CODES) expect(typeof lookup(tree, `errors.${code}`)).toBe('string');
      for (const generic of GENERIC_ERRORS) expect(typeof lookup(tree, `errors.generic.${generic}`)).toBe('string');
      for (const rule of BOOKING_RULES) expect(typeof lookup(tree, `errors.bookingRule.${rule}`)).toBe('string');
      for (const code of IMPORT_PROBLEM_CODES) expect(typeof lookup(tree, `bookingImport.problem.${code}`), code).toBe('string');
    }
  });

  it('interpolations match between the languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)(?:, *\w+)?}}/g)].map((m) => m[1]).sort();
    for (const key of keys(en)) expect(placeholders(lookup(de, key)), key).toEqual(placeholders(lookup(en, key)));
  });
});
