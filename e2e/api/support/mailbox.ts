import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type Attachment } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test reads it, parsed by mailparser from what the SMTP server received. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** `X-Deskbook-Template`. */
  template: string;
  headers: Map<string, unknown>;
  attachments: Attachment[];
  /** The raw bytes, for the few tests that look at the wire format. */
  raw: string;
}

export interface MailQuery {
  to: string;
  template?: string;
  /** Only messages received after this many have arrived for the address (see `count`). */
  after?: number;
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

const headerText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A real SMTP server (smtp-server) on a free loopback port that keeps every message it receives,
 * parsed with mailparser. No TLS and no authentication: it is the app's "company mail server" in tests.
 */
export class Mailbox {
  private readonly received: ReceivedMail[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(port = 0): Promise<Mailbox> {
    const received: { box?: Mailbox } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              received.box?.store({
                to: addresses(parsed.to),
                from: parsed.from?.text ?? '',
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                template: headerText(parsed.headers.get('x-deskbook-template')),
                headers: parsed.headers,
                attachments: parsed.attachments,
                raw: raw.toString('utf8'),
              });
              callback();
            })
            .catch((err: Error) => callback(err));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    // smtp-server keeps its net.Server on `.server`.
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    received.box = new Mailbox(server, address.port);
    return received.box;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Every message to the address (and of the template, if given), oldest first. */
  all(query: Omit<MailQuery, 'after'>): ReceivedMail[] {
    const to = query.to.toLowerCase();
    return this.received.filter((m) => m.to.includes(to) && (!query.template || m.template === query.template));
  }

  count(query: Omit<MailQuery, 'after'>): number {
    return this.all(query).length;
  }

  /** The first message matching the query (past `after`), waiting for it up to `timeoutMs`. */
  async waitFor(query: MailQuery, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.all(query)[query.after ?? 0];
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No mail ${query.template ?? ''} to ${query.to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 250));
        function done() {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        }
        const waiters = this.waiters;
        waiters.add(done);
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private store(mail: ReceivedMail): void {
    this.received.push(mail);
    for (const wake of [...this.waiters]) wake();
  }
}

/** The token in a link of the message, e.g. linkToken(mail, '/confirm-email#token='): the outbox reader's. */
export { outboxLinkToken as linkToken } from '../../support/outbox.mjs';

let shared: Promise<Mailbox> | null = null;

/** The test process's mailbox, which every startTestApp app sends to unless told otherwise. */
export function sharedMailbox(): Promise<Mailbox> {
  shared ??= Mailbox.start();
  return shared;
}
