import { describe, expect, it } from 'vitest';
import { bodiesToPublish, bodyProblems, MAX_NOTICE_BODY_CHARS, MAX_NOTICE_PDF_BYTES, pdfProblem } from './custom-notice';

describe('a custom notice', () => {
  it('needs an English text; German is optional', () => {
    expect(bodyProblems({ en: '  ', de: 'Hinweis' })).toEqual({ en: 'required' });
    expect(bodyProblems({ en: 'Notice', de: '' })).toEqual({});
  });

  it('refuses a text longer than 16,000 characters in any language', () => {
    expect(bodyProblems({ en: 'x'.repeat(MAX_NOTICE_BODY_CHARS), de: 'x'.repeat(MAX_NOTICE_BODY_CHARS + 1) })).toEqual({ de: 'tooLong' });
  });

  it('publishes only the languages that have text', () => {
    expect(bodiesToPublish({ en: 'Notice', de: ' ' })).toEqual({ en: 'Notice' });
  });

  it('takes a PDF of up to 10 MB and nothing else', () => {
    expect(pdfProblem({ name: 'notice.pdf', type: 'application/pdf', size: MAX_NOTICE_PDF_BYTES })).toBeNull();
    expect(pdfProblem({ name: 'notice.pdf', type: 'application/pdf', size: MAX_NOTICE_PDF_BYTES + 1 })).toBe('tooLarge');
    expect(pdfProblem({ name: 'notice.docx', type: 'application/msword', size: 10 })).toBe('notPdf');
    expect(pdfProblem({ name: 'NOTICE.PDF', type: '', size: 10 })).toBeNull();
  });
});
