import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { AppConfig } from '../config/config.js';

export interface MailEnvelope {
  /** The outbox row's id: names the .eml file, and the Message-ID's local part. */
  id: string;
  template: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Where messages go: an SMTP server, or .eml files in DATA_DIR/outbox when none is configured. */
export interface MailTransport {
  readonly kind: 'smtp' | 'outbox-folder';
  send(envelope: MailEnvelope): Promise<void>;
  close(): void;
}

/** The folder of the embedded default; every message is a complete RFC 822 file an e-mail client opens. */
export const outboxFolder = (config: Pick<AppConfig, 'dataDir'>): string => join(config.dataDir, 'outbox');

const SMTP_TIMEOUT_MS = 15_000;

function message(config: Pick<AppConfig, 'mailFrom'>, e: MailEnvelope): SendMailOptions {
  return {
    from: config.mailFrom,
    to: e.to,
    subject: e.subject,
    text: e.text,
    html: e.html,
    attachments: e.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    // Tests and support find a message's kind without parsing its language.
    headers: { 'X-Deskbook-Template': e.template, 'Auto-Submitted': 'auto-generated' },
  };
}

export function createMailTransport(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    return {
      kind: 'smtp',
      send: async (e) => {
        await smtp.sendMail(message(config, e));
      },
      close: () => smtp.close(),
    };
  }
  // nodemailer builds the same message it would send, as bytes; we keep them as a file.
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const folder = outboxFolder(config);
  return {
    kind: 'outbox-folder',
    send: async (e) => {
      const info = await builder.sendMail(message(config, e));
      await mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(folder, `${stamp}-${e.template}-${e.id}.eml`), info.message as Buffer, { mode: 0o600 });
    },
    close: () => builder.close(),
  };
}
