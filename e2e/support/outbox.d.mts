import type { Attachment } from 'mailparser';

export interface OutboxMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  template: string;
  attachments: Attachment[];
}

export function readOutbox(dataDir: string): Promise<OutboxMail[]>;
export function waitForOutboxMail(
  dataDir: string,
  query: { to: string; template?: string; after?: number },
  timeoutMs?: number,
): Promise<OutboxMail>;
export function outboxLinkToken(mail: Pick<OutboxMail, 'text'>, prefix: string): string;
export function signUpThroughOutbox<T>(
  dataDir: string,
  post: (path: string, body: unknown) => Promise<T>,
  signup: { tenantName: string; displayName: string; email: string; password: string; locale?: 'en' | 'de' },
): Promise<T>;
