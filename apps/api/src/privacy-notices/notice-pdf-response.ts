import type { Response } from 'express';

/**
 * Sends a notice PDF to be shown in the browser: never sniffed as anything else, and sandboxed so that
 * a PDF opened directly on our origin cannot run script there. These headers are set after helmet's,
 * so they replace its defaults for this response.
 */
export function sendNoticePdf(res: Response, pdf: { version: number; data: Buffer }): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="privacy-notice-v${pdf.version}.pdf"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  res.setHeader('Cache-Control', 'private, no-cache');
  res.end(pdf.data);
}
