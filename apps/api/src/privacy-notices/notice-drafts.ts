/** Checks what an admin sends to publish, before anything is written. Pure except for file-type. */
import { fileTypeFromBuffer } from 'file-type';
import { DomainError, ValidationFailedError, type FieldError } from '../common/errors/domain-error.js';
import { MAX_NOTICE_BODY_CHARS, MAX_NOTICE_PDF_BYTES, NOTICE_LANGUAGES } from './dto/privacy-notice.dto.js';
import type { NoticeBodies } from './notice-content.js';

export const MAX_CHANGE_SUMMARY_CHARS = 500;

export class InvalidNoticePdfError extends DomainError {
  constructor(reason: string) {
    super(400, 'INVALID_NOTICE_PDF', `The notice must be a PDF of at most 10 MB: ${reason}`);
  }
}

class NoticePdfTooLargeError extends DomainError {
  constructor() {
    super(413, 'PAYLOAD_TOO_LARGE', 'A notice PDF may be at most 10 MB');
  }
}

/** Custom Markdown per language: `en` required, known languages only, each a non-empty string within the cap. */
export function checkCustomBodies(bodies: unknown): NoticeBodies {
  if (bodies === undefined || bodies === null || typeof bodies !== 'object' || Array.isArray(bodies)) {
    throw new ValidationFailedError([{ field: 'bodies', messages: ['bodies must be an object of Markdown per language, with en'] }]);
  }
  const errors: FieldError[] = [];
  const entries = Object.entries(bodies as Record<string, unknown>);
  for (const [lang, body] of entries) {
    const field = `bodies.${lang}`;
    if (!(NOTICE_LANGUAGES as readonly string[]).includes(lang)) {
      errors.push({ field, messages: [`${lang} is not a notice language (${NOTICE_LANGUAGES.join(', ')})`] });
    } else if (typeof body !== 'string' || body.trim() === '') {
      errors.push({ field, messages: [`${field} must be non-empty Markdown`] });
    } else if (body.length > MAX_NOTICE_BODY_CHARS) {
      errors.push({ field, messages: [`${field} may be at most ${MAX_NOTICE_BODY_CHARS} characters; upload a PDF for longer notices`] });
    }
  }
  if (!('en' in bodies)) errors.push({ field: 'bodies.en', messages: ['bodies.en is required'] });
  if (errors.length > 0) throw new ValidationFailedError(errors, `Invalid fields: ${errors.map((e) => e.field).join(', ')}`);
  return Object.fromEntries(entries);
}

/** A multipart text field: absent, or a string within the cap. */
export function checkChangeSummary(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_CHANGE_SUMMARY_CHARS) {
    throw new ValidationFailedError([
      { field: 'changeSummary', messages: [`changeSummary must be text of at most ${MAX_CHANGE_SUMMARY_CHARS} characters`] },
    ]);
  }
  return value;
}

/** A PDF by its content (magic bytes), never by the declared type or file name. */
export async function checkNoticePdf(data: Buffer): Promise<Buffer> {
  if (data.length === 0) throw new InvalidNoticePdfError('the file is empty');
  if (data.length > MAX_NOTICE_PDF_BYTES) throw new NoticePdfTooLargeError();
  const detected = await fileTypeFromBuffer(data);
  if (detected?.mime !== 'application/pdf')
    throw new InvalidNoticePdfError(detected ? `${detected.mime} is not a PDF` : 'the content is not a PDF');
  return data;
}
