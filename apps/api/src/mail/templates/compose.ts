/** The languages mail is written in: a person's `locale`. */
export type MailLocale = 'en' | 'de';

export const mailLocale = (locale: string | null | undefined): MailLocale => (locale === 'de' ? 'de' : 'en');

/** A message as it is sent: the same content as plain text and as HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What a message says, in order; the layout turns it into text and HTML. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  /** The one thing to do, as a button in HTML and "label: url" in text. */
  | { kind: 'action'; label: string; url: string }
  /** Small print under the content, e.g. "If this was not you, …". */
  | { kind: 'note'; text: string };

export const paragraph = (text: string): MailBlock => ({ kind: 'paragraph', text });
export const action = (label: string, url: string): MailBlock => ({ kind: 'action', label, url });
export const note = (text: string): MailBlock => ({ kind: 'note', text });

export interface MailContent {
  subject: string;
  /** The greeting line, e.g. "Hello Ada,". */
  greeting: string;
  blocks: MailBlock[];
}

/**
 * A template: its name (the `X-Deskbook-Template` header, the outbox row, the logs) and its texts per
 * language. `P` is what the caller must pass; every value is a string, so it seals and logs nothing.
 */
export interface MailTemplate<P extends Record<string, string> = Record<string, string>> {
  readonly name: string;
  render(params: P, locale: MailLocale): RenderedMail;
}

export function defineTemplate<P extends Record<string, string>>(
  name: string,
  texts: Record<MailLocale, (params: P) => MailContent>,
): MailTemplate<P> {
  return { name, render: (params, locale) => layout(texts[locale](params), locale) };
}

const FOOTER: Record<MailLocale, string> = {
  en: 'Sent by Deskbook, your workplace desk booking.',
  de: 'Gesendet von Deskbook, Ihrer Arbeitsplatzbuchung.',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function blockText(block: MailBlock): string {
  return block.kind === 'action' ? `${block.label}:\n${block.url}` : block.text;
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case 'action':
      return (
        `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="background:#1c7ed6;color:#ffffff;` +
        `padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(block.url)}</p>`
      );
    case 'note':
      return `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(block.text)}</p>`;
  }
}

/** One look for every message: plain text for every client, simple inline-styled HTML beside it. */
function layout(content: MailContent, locale: MailLocale): RenderedMail {
  const text = [content.greeting, ...content.blocks.map(blockText), '--', FOOTER[locale]].join('\n\n') + '\n';
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1a1b1e">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;line-height:1.5">` +
    `<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>${content.blocks.map(blockHtml).join('')}` +
    `<hr style="border:none;border-top:1px solid #e9ecef;margin:24px 0"><p style="margin:0;font-size:12px;color:#868e96">${escapeHtml(FOOTER[locale])}</p>` +
    `</div></body></html>`;
  return { subject: content.subject, text, html };
}
