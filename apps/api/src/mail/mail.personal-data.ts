import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { SENT_KEPT_DAYS } from './mail-delivery.service.js';

/** Messages to a person: the address, and until sent the sealed texts and links. */
@Injectable()
@PersonalDataContributor()
export class MailPersonalData implements PersonalData {
  readonly name = 'mail';
  readonly claims = [
    claim(
      OutboxMessage,
      ['userId', 'toAddress', 'sealedPayload', 'template', 'createdAt', 'sentAt'],
      'which message went to which address and when; until sent, its sealed texts and links',
      `the payload when sent or given up; the row ${SENT_KEPT_DAYS} days later (purge), or erasure`,
    ),
  ];

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const messages = await m.find(OutboxMessage, { where: { tenantId, userId }, order: { createdAt: 'ASC' } });
    return {
      emails: messages.map((o) => ({
        template: o.template,
        to: o.toAddress,
        status: o.status,
        createdAt: o.createdAt.toISOString(),
        sentAt: o.sentAt?.toISOString() ?? null,
      })),
    };
  }

  async erase(m: EntityManager, { userId }: ErasureSubject): Promise<void> {
    await m.delete(OutboxMessage, { userId });
  }
}
