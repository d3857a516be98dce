import type { TenantSettings } from '../../tenants/settings.js';

/** What a compliance document is written from: the tenant's live settings and the moment it is generated. */
export interface DocumentInput {
  /** The tenant's display name (sign-up), named only where the legal name is missing. */
  tenantName: string;
  settings: TenantSettings;
  generatedAt: Date;
}

export interface ComplianceDocument {
  title: string;
  /** Markdown. */
  body: string;
}
