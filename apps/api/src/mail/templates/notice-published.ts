import { action, defineTemplate, note, paragraph, type MailBlock } from './compose.js';

/** A new privacy-notice version that members must accept before they book again. */
export const noticePublished = defineTemplate<{ displayName: string; tenantName: string; version: string; summary: string; link: string }>(
  'notice-published',
  {
    en: (p) => ({
      subject: `${p.tenantName} published a new privacy notice`,
      greeting: `Hello ${p.displayName},`,
      blocks: [
        paragraph(
          `${p.tenantName} published version ${p.version} of its privacy notice for Deskbook. Please read it and accept it before you book again.`,
        ),
        ...summary(p.summary, 'What changed'),
        action('Read the privacy notice', p.link),
        note('Your bookings stay as they are. Until you accept, Deskbook asks you to when you book.'),
      ],
    }),
    de: (p) => ({
      subject: `${p.tenantName} hat einen neuen Datenschutzhinweis veröffentlicht`,
      greeting: `Hallo ${p.displayName},`,
      blocks: [
        paragraph(
          `${p.tenantName} hat Version ${p.version} des Datenschutzhinweises für Deskbook veröffentlicht. Bitte lesen und akzeptieren Sie ihn, bevor Sie wieder buchen.`,
        ),
        ...summary(p.summary, 'Was sich geändert hat'),
        action('Datenschutzhinweis lesen', p.link),
        note('Ihre Buchungen bleiben, wie sie sind. Bis Sie zustimmen, fragt Deskbook Sie beim Buchen danach.'),
      ],
    }),
  },
);

function summary(text: string, heading: string): MailBlock[] {
  return text ? [paragraph(`${heading}: ${text}`)] : [];
}
