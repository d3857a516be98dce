import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, Repository, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { User } from '../users/entities/user.entity.js';
import { AuditEvent } from './entities/audit-event.entity.js';

export type AuditAction =
  | 'user.invited'
  | 'user.invite_accepted'
  | 'user.role_changed'
  | 'user.renamed'
  | 'user.deleted'
  | 'settings.changed'
  | '2fa.enabled'
  | '2fa.disabled'
  | '2fa.recovery_code_used'
  | '2fa.recovery_codes_regenerated'
  | 'password.changed'
  | 'session.revoked'
  | 'auth.locked_out'
  | 'user.erased'
  | 'booking.cancelled'
  | 'bookings.imported'
  | 'anonymization.requested';

export interface AuditRecord {
  tenantId: string;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: 'user' | 'tenant' | 'booking';
  targetId?: string;
  /** Never e-mails, names or secrets: ids, roles and setting values only. */
  details?: Record<string, unknown>;
}

export interface AuditEventView {
  event: AuditEvent;
  actorDisplayName: string | null;
}

const MAX_EVENTS = 1000;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** Written in the same transaction as the change it describes, so neither exists without the other. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    // simple-json columns are typed loosely by TypeORM's insert(); the entity type is the contract.
    const event: QueryDeepPartialEntity<AuditEvent> = {
      id: randomUUID(),
      tenantId: record.tenantId,
      actorUserId: record.actorUserId,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      details: (record.details ?? null) as QueryDeepPartialEntity<AuditEvent>['details'],
      at: new Date(),
    };
    await manager.insert(AuditEvent, event);
  }

  /** The caller's tenant's events, newest first, with the actor's current name where they still exist. */
  async list(from: Date, to: Date): Promise<AuditEventView[]> {
    const events = await this.events.find({
      where: { tenantId: currentTenantId(), at: Between(from, to) },
      order: { at: 'DESC' },
      take: MAX_EVENTS,
    });
    const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
    const actors = actorIds.length
      ? await this.users.find({ where: { id: In(actorIds), tenantId: currentTenantId() }, select: { id: true, displayName: true } })
      : [];
    const names = new Map(actors.map((a) => [a.id, a.displayName]));
    return events.map((event) => ({ event, actorDisplayName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null }));
  }
}
