import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/context/request-context.js';
import { markdownToPdf } from '../common/pdf/markdown-pdf.js';
import type { NoticeLanguage } from '../privacy-notices/dto/privacy-notice.dto.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { resolveSettings } from '../tenants/settings.js';
import { complianceDocument, type ComplianceDocumentKind } from './documents/compliance-documents.js';

export type ComplianceFormat = 'md' | 'pdf';

/** A document ready to send as a download. */
export interface ComplianceFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<ComplianceFormat, string> = { md: 'text/markdown; charset=utf-8', pdf: 'application/pdf' };

@Injectable()
export class ComplianceService {
  constructor(private readonly tenants: TenantsRepository) {}

  /** The document from the tenant's settings as they are now (read fresh, not the request's cached copy). */
  async file(
    principal: Principal,
    kind: ComplianceDocumentKind,
    lang: NoticeLanguage,
    format: ComplianceFormat,
    now = new Date(),
  ): Promise<ComplianceFile> {
    const tenant = await this.tenants.getById(principal.tenantId);
    const input = { tenantName: tenant.name, settings: resolveSettings(tenant.settings), generatedAt: now };
    const { title, body } = complianceDocument(kind, input, lang);
    const content = format === 'pdf' ? await markdownToPdf(body, { title, lang, createdAt: now }) : Buffer.from(body, 'utf8');
    return {
      filename: `deskbook-${kind}-${lang}-${now.toISOString().slice(0, 10)}.${format}`,
      contentType: CONTENT_TYPES[format],
      content,
    };
  }
}
