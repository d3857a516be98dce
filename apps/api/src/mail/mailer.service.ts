import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { In, MoreThan, type EntityManager } from 'typeorm';
import { SecretSealer } from '../auth/secret-sealer.service.js';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import type { MailAttachment } from './mail-transport.js';
import type { MailLocale, RenderedMail } from './templates/compose.js';
import { TEMPLATES, type TemplateName, type TemplateParams } from './templates/index.js';

export interface OutgoingMail<T extends TemplateName = TemplateName> {
  template: T;
  to: string;
  /** The person's language (`users.locale`, see mailLocale). */
  locale: MailLocale;
  tenantId: string | null;
  /** The person it is for, when they have an account: their export lists it, their erasure deletes it. */
  userId: string | null;
  params: TemplateParams<T>;
  attachments?: MailAttachment[];
}

/** A message written to the outbox, to hand to the queue once its transaction has committed. */
export interface QueuedMail {
  id: string;
  template: TemplateName;
}

/** What the outbox row keeps sealed until the message is sent. */
export interface SealedMail extends RenderedMail {
  attachments: MailAttachment[];
}

/**
 * The `text` column holds 64 KB on MySQL; sealing and base64 add about a third. A message that large
 * is a programming error (an unbounded attachment), refused before anything is written.
 */
const MAX_SEALED_LENGTH = 60_000;
/**
 * A new message is its job's to send; the outbox sweep takes it only this long after, when the job
 * evidently never ran (the queue was down). Keeps the two from racing for fresh messages.
 */
export const SWEEP_GRACE_MS = 30_000;

/**
 * Sends e-mail without ever making a request wait for, or fail on, an SMTP server. A message is
 * rendered and written to the outbox inside the transaction of what caused it (all or nothing with
 * it), then handed to the job queue; MailDelivery sends it and retries with back-off.
 */
@Injectable()
export class Mailer {
  /** True when SMTP_URL is set; otherwise messages end up in DATA_DIR/outbox/ as .eml files. */
  readonly configured: boolean;
  private readonly sealer: SecretSealer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly tx: TransactionRunner,
  ) {
    this.configured = config.smtpUrl !== null;
    this.sealer = new SecretSealer(config.appSecret, 'mail-outbox');
  }

  /** Renders the message and writes it to the outbox in the caller's transaction. */
  async queue<T extends TemplateName>(m: EntityManager, mail: OutgoingMail<T>, now = new Date()): Promise<QueuedMail> {
    const rendered = TEMPLATES[mail.template].render(mail.params as never, mail.locale);
    const sealedPayload = this.sealer.seal(JSON.stringify({ ...rendered, attachments: mail.attachments ?? [] } satisfies SealedMail));
    if (sealedPayload.length > MAX_SEALED_LENGTH) throw new Error(`mail ${mail.template} is too large for the outbox`);
    const id = randomUUID();
    await m.insert(OutboxMessage, {
      id,
      tenantId: mail.tenantId,
      userId: mail.userId,
      template: mail.template,
      toAddress: mail.to,
      sealedPayload,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + SWEEP_GRACE_MS),
      lockedUntil: null,
      createdAt: now,
      sentAt: null,
    });
    return { id, template: mail.template };
  }

  /**
   * Hands committed messages to the queue. Never throws: with the queue down the message waits in
   * the outbox, and the scheduled sweep (MailJobs) sends it later.
   */
  async dispatch(queued: readonly QueuedMail[]): Promise<void> {
    for (const mail of queued) {
      try {
        await this.jobs.trigger('mail.send', { messageId: mail.id });
      } catch (err) {
        this.logger.warn({ err, template: mail.template, messageId: mail.id }, 'mail queued in the outbox only; the sweep sends it');
      }
    }
  }

  /** Queues in a transaction of its own, then dispatches: for a message that is the only write. */
  async send<T extends TemplateName>(mail: OutgoingMail<T>): Promise<void> {
    const queued = await this.tx.run((m) => this.queue(m, mail));
    await this.dispatch([queued]);
  }

  /** How many messages of these templates went to the address since then (for caps against floods). */
  countSentTo(m: EntityManager, address: string, templates: readonly TemplateName[], since: Date): Promise<number> {
    return m.countBy(OutboxMessage, { toAddress: address, template: In([...templates]), createdAt: MoreThan(since) });
  }

  /** For MailDelivery: the sealed content of a row. */
  openPayload(sealed: string): SealedMail {
    return JSON.parse(this.sealer.open(sealed)) as SealedMail;
  }
}
