import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Brackets, DataSource, In, LessThan, type EntityManager } from 'typeorm';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { Mailer } from './mailer.service.js';
import { createMailTransport, type MailTransport } from './mail-transport.js';

/** Attempts before a message is given up (its payload cleared, status `failed`). */
export const MAX_MAIL_ATTEMPTS = 6;
/** 1, 2, 4, 8, 16 minutes after the 1st … 5th failure: about half an hour of an SMTP outage is bridged. */
export const retryDelayMs = (failedAttempts: number): number => 60_000 * 2 ** (failedAttempts - 1);
/** A worker that claimed a message and died leaves it claimed this long. */
const CLAIM_MS = 2 * 60_000;
/** Sent and given-up rows (address, template, dates) stay this long for support, then go. */
export const SENT_KEPT_DAYS = 30;
const DUE_BATCH = 50;

/** Delivers outbox messages: one attempt per claim, retried with back-off, never twice at once. */
@Injectable()
export class MailDelivery implements OnApplicationShutdown {
  private readonly transport: MailTransport;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly mailer: Mailer,
  ) {
    this.transport = createMailTransport(config);
  }

  /**
   * One attempt at one message, if it is due and nobody else is sending it. `firstAttempt`: the
   * message's own job, which may send it before the sweep's grace period is over.
   */
  async deliver(messageId: string, now = new Date(), firstAttempt = false): Promise<void> {
    const message = await this.claim(messageId, now, firstAttempt);
    if (!message?.sealedPayload) return;
    const log = { template: message.template, messageId, attempt: message.attempts };
    try {
      const payload = this.mailer.openPayload(message.sealedPayload);
      await this.transport.send({ id: message.id, template: message.template, to: message.toAddress, ...payload });
      await this.tx.run((m) =>
        m.update(OutboxMessage, { id: messageId }, { status: 'sent', sentAt: new Date(), sealedPayload: null, lockedUntil: null }),
      );
      this.logger.info(log, 'mail sent');
    } catch (err) {
      await this.recordFailure(message, now);
      // The SMTP reply may quote the address: log its code only.
      const { code, responseCode } = err as { code?: string; responseCode?: number };
      this.logger.warn({ ...log, code: code ?? (err as Error).name, responseCode }, 'mail not sent; will retry');
    }
  }

  /** Every message due now (new ones whose job was lost, retries, claims of dead workers), in order. */
  async deliverDue(now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where(dueNow(now))
      .orderBy('o.nextAttemptAt', 'ASC')
      .limit(DUE_BATCH)
      .getRawMany<{ id: string }>();
    for (const { id } of due) await this.deliver(id, now);
    return due.length;
  }

  /** Sent and given-up messages older than SENT_KEPT_DAYS. */
  async purgeOld(now = new Date()): Promise<void> {
    const before = new Date(now.getTime() - SENT_KEPT_DAYS * 86_400_000);
    await this.tx.run((m) => m.delete(OutboxMessage, { status: In(['sent', 'failed']), createdAt: LessThan(before) }));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** Takes the message for one attempt; null when it is not due or another worker has it. */
  private claim(messageId: string, now: Date, firstAttempt: boolean): Promise<OutboxMessage | null> {
    return this.tx.run(async (m: EntityManager) => {
      const claimed = await m
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ status: 'sending', lockedUntil: new Date(now.getTime() + CLAIM_MS), attempts: () => 'attempts + 1' })
        .where('id = :messageId', { messageId })
        .andWhere(firstAttempt ? new Brackets((w) => w.where("(status = 'pending' AND attempts = 0)").orWhere(dueNow(now))) : dueNow(now))
        .execute();
      return claimed.affected === 1 ? m.findOneBy(OutboxMessage, { id: messageId }) : null;
    });
  }

  private recordFailure(message: OutboxMessage, now: Date): Promise<unknown> {
    return this.tx.run((m) =>
      message.attempts >= MAX_MAIL_ATTEMPTS
        ? m.update(OutboxMessage, { id: message.id }, { status: 'failed', sealedPayload: null, lockedUntil: null })
        : m.update(
            OutboxMessage,
            { id: message.id },
            { status: 'pending', lockedUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)) },
          ),
    );
  }
}

/** Pending and due, or claimed by a worker that has not finished in time. */
function dueNow(now: Date): Brackets {
  return new Brackets((w) =>
    w.where("(status = 'pending' AND nextAttemptAt <= :now)", { now }).orWhere("(status = 'sending' AND lockedUntil < :now)", { now }),
  );
}
