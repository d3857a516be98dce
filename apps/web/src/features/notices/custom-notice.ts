import { API_LIMITS } from '@deskbook/api-client';
import type { NoticeLanguage } from './types';

/*
 * The API's limits for a custom notice (published in its OpenAPI document); checked here so an admin
 * learns before uploading, the API checks again (and judges a PDF by its content).
 */
export const MAX_NOTICE_BODY_CHARS = API_LIMITS.maxNoticeBodyChars;
export const MAX_NOTICE_PDF_BYTES = API_LIMITS.maxNoticePdfBytes;

export type BodyProblem = 'required' | 'tooLong';
export type PdfProblem = 'notPdf' | 'tooLarge';

/** What keeps the Markdown bodies from being published, per language: English is required (the fallback). */
export function bodyProblems(bodies: Record<NoticeLanguage, string>): Partial<Record<NoticeLanguage, BodyProblem>> {
  const problems: Partial<Record<NoticeLanguage, BodyProblem>> = {};
  if (bodies.en.trim() === '') problems.en = 'required';
  for (const lang of Object.keys(bodies) as NoticeLanguage[]) {
    if (bodies[lang].length > MAX_NOTICE_BODY_CHARS) problems[lang] = 'tooLong';
  }
  return problems;
}

/** The bodies to publish: the languages that have text. */
export function bodiesToPublish(bodies: Record<NoticeLanguage, string>): Partial<Record<NoticeLanguage, string>> {
  return Object.fromEntries(Object.entries(bodies).filter(([, text]) => text.trim() !== ''));
}

/** Why a chosen file cannot be a notice, judged by what the browser knows (type and size). */
export function pdfProblem(file: { name: string; type: string; size: number }): PdfProblem | null {
  const isPdf = file.type === 'application/pdf' || (file.type === '' && file.name.toLowerCase().endsWith('.pdf'));
  if (!isPdf) return 'notPdf';
  if (file.size > MAX_NOTICE_PDF_BYTES) return 'tooLarge';
  return null;
}
