import type { TenantSettings } from '../../tenants/settings.js';

/** Everything the generated notice (and the compliance documents) may say: nothing else goes in. */
export interface NoticeInput {
  /** The tenant's display name (sign-up), used only where the legal name is missing. */
  tenantName: string;
  settings: TenantSettings;
  /** Version number and date the text states; the hash and the republish check leave them out. */
  version: number;
  effectiveDate: Date;
  /** What changed with this version, in the notice's language; null for the first. */
  changeSummary: string | null;
}

export interface GeneratedText {
  title: string;
  /** Markdown. */
  body: string;
}
