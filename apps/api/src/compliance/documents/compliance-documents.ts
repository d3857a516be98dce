import type { NoticeLanguage } from '../../privacy-notices/dto/privacy-notice.dto.js';
import type { ComplianceDocument, DocumentInput } from './document-input.js';
import { processingRecordDe } from './processing-record.de.js';
import { processingRecordEn } from './processing-record.en.js';
import { tomsDe } from './toms.de.js';
import { tomsEn } from './toms.en.js';

export type { ComplianceDocument, DocumentInput } from './document-input.js';

/** The documents, by the name their route and file carry. */
export const COMPLIANCE_DOCUMENTS = ['processing-record', 'toms'] as const;
export type ComplianceDocumentKind = (typeof COMPLIANCE_DOCUMENTS)[number];

const WRITERS: Record<ComplianceDocumentKind, Record<NoticeLanguage, (input: DocumentInput) => ComplianceDocument>> = {
  'processing-record': { en: processingRecordEn, de: processingRecordDe },
  toms: { en: tomsEn, de: tomsDe },
};

/** A compliance document as Markdown, written from the live settings: pure, no I/O. */
export function complianceDocument(kind: ComplianceDocumentKind, input: DocumentInput, lang: NoticeLanguage): ComplianceDocument {
  return WRITERS[kind][lang](input);
}
