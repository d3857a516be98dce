/**
 * API addresses the browser loads directly rather than through the client: images and downloads
 * (cookie authentication works for GETs).
 */
export const apiUrls = {
  /** The plan image; `version` busts the browser cache after a new plan was uploaded. */
  floorPlan: (floorId: string, version?: string | number) =>
    `/api/floors/${encodeURIComponent(floorId)}/plan${version === undefined ? '' : `?v=${encodeURIComponent(String(version))}`}`,
  calendar: '/api/me/calendar.ics',
  /** The consent records of one notice version as CSV (tenant admins). */
  consentRecordsCsv: (versionId: string) => `/api/privacy-notice/versions/${encodeURIComponent(versionId)}/consents?format=csv`,
  /** The PDF of a PDF notice version. */
  noticePdf: (versionId: string) => `/api/privacy-notice/versions/${encodeURIComponent(versionId)}/pdf`,
  /** A compliance document generated from the live settings (tenant admins). */
  complianceDocument: (document: 'processing-record' | 'toms', lang: 'en' | 'de', format: 'md' | 'pdf') =>
    `/api/admin/compliance/${document}?lang=${lang}&format=${format}`,
};
