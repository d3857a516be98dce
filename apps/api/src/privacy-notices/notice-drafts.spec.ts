import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { checkChangeSummary, checkCustomBodies, checkNoticePdf, InvalidNoticePdfError } from './notice-drafts.js';

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationFailedError) return (err.details as { field: string }[]).map((d) => d.field);
    throw err;
  }
  return [];
};

describe('what an admin publishes', () => {
  it('takes Markdown in English and German', () => {
    expect(checkCustomBodies({ en: '# A', de: '# B' })).toEqual({ en: '# A', de: '# B' });
  });

  it('names every invalid body', () => {
    expect(fieldsOf(() => checkCustomBodies({ de: '', fr: 'x' }))).toEqual(['bodies.de', 'bodies.fr', 'bodies.en']);
    expect(fieldsOf(() => checkCustomBodies({ en: 'x'.repeat(16_001) }))).toEqual(['bodies.en']);
    expect(fieldsOf(() => checkCustomBodies(['# A']))).toEqual(['bodies']);
    expect(fieldsOf(() => checkCustomBodies({ en: 'x'.repeat(16_000) }))).toEqual([]);
  });

  it('takes an optional change summary of up to 500 characters', () => {
    expect(checkChangeSummary(undefined)).toBeNull();
    expect(checkChangeSummary('')).toBeNull();
    expect(checkChangeSummary('New processor')).toBe('New processor');
    expect(fieldsOf(() => checkChangeSummary('x'.repeat(501)))).toEqual(['changeSummary']);
    expect(fieldsOf(() => checkChangeSummary(['a', 'b']))).toEqual(['changeSummary']);
  });

  it('takes a PDF by its content and refuses anything else', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    await expect(checkNoticePdf(pdf)).resolves.toBe(pdf);
    await expect(checkNoticePdf(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).rejects.toBeInstanceOf(InvalidNoticePdfError);
    await expect(checkNoticePdf(Buffer.from('just text that claims to be a pdf'))).rejects.toBeInstanceOf(InvalidNoticePdfError);
    await expect(checkNoticePdf(Buffer.alloc(0))).rejects.toBeInstanceOf(InvalidNoticePdfError);
    await expect(checkNoticePdf(Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]))).rejects.toMatchObject({ statusCode: 413 });
  });
});
