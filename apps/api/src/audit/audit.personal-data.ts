import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { executeWrite, placeholders, quoter } from '../database/raw-sql.js';
import { AuditEvent } from './entities/audit-event.entity.js';

/** Who did what: the audit log names people by id, never by e-mail or name. */
@Injectable()
@PersonalDataContributor()
export class AuditPersonalData implements PersonalData {
  readonly name = 'audit';
  readonly claims = [
    claim(
      AuditEvent,
      ['actorUserId', 'targetId', 'details'],
      'actor and target ids, role and setting values, sign-in and failure counts, place names (never e-mails, names of people or passwords)',
      'events about a booking: deleted by the sweep and by erasure; events about a person: deleted by erasure, and events they caused lose their actor id',
    ),
  ];

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const events = await m.find(AuditEvent, {
      where: [
        { tenantId, actorUserId: userId },
        { tenantId, targetType: 'user', targetId: userId },
      ],
      order: { at: 'ASC' },
    });
    return {
      auditEvents: events.map((e) => ({
        action: e.action,
        at: e.at.toISOString(),
        // Who else acted is theirs, not the caller's, to disclose.
        byYou: e.actorUserId === userId,
        about: e.targetType === 'user' && e.targetId === userId ? 'you' : e.targetType,
        details: e.details,
      })),
    };
  }

  /** Events about the person go; events they caused stay, without them. */
  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    await m.delete(AuditEvent, { tenantId, targetType: 'user', targetId: userId });
    await m.update(AuditEvent, { tenantId, actorUserId: userId }, { actorUserId: null });
  }

  /** Audit events about a booking name who acted on it: they go when the booking loses its person. */
  async anonymizeBookings(m: EntityManager, bookingIds: string[]): Promise<void> {
    const q = quoter(m);
    await executeWrite(
      m,
      `DELETE FROM ${q('audit_events')} WHERE ${q('targetType')} = 'booking' AND ${q('targetId')} IN (${placeholders(bookingIds)})`,
      bookingIds,
    );
  }
}
