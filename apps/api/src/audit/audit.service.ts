import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { currentTenantId, requirePrincipal } from '../common/tenancy/tenant-context.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuditEvent } from './entities/audit-event.entity.js';

/** Every action the log records; the web words each one (audit-labels.ts), so a new one needs its text there. */
export const AUDIT_ACTIONS = [
  'user.invited',
  'user.invite_accepted',
  'user.invite_resent',
  'user.role_changed',
  'user.renamed',
  'user.deleted',
  'settings.changed',
  '2fa.enabled',
  '2fa.disabled',
  '2fa.recovery_code_used',
  '2fa.recovery_codes_regenerated',
  'password.changed',
  'session.revoked',
  'passkey.added',
  'passkey.renamed',
  'passkey.removed',
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.locked_out',
  'auth.password_reset',
  'user.2fa_reset',
  'user.erased',
  'booking.cancelled',
  'booking.created_for_person',
  'bookings.imported',
  'anonymization.requested',
  'location.created',
  'location.updated',
  'location.deleted',
  'floor.created',
  'floor.updated',
  'floor.deleted',
  'floor.plan_uploaded',
  'floor.qr_codes_replaced',
  'floor.blocked',
  'floor.unblocked',
  'desk.created',
  'desk.updated',
  'desk.deleted',
  'tenant.exported',
  'privacy_notice.published',
  'consent.given',
  'consent.withdrawn',
  'calendar_feed.created',
  'calendar_feed.regenerated',
  'calendar_feed.revoked',
  'sso.configured',
  'auth.sso_login',
  'user.created_jit',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = ['user', 'tenant', 'booking', 'location', 'floor', 'desk', 'privacy_notice'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export interface AuditRecord {
  tenantId: string;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string;
  /**
   * Never e-mails, names of people or secrets: ids, roles, setting values, counts, and the names of
   * places (locations, floors, desks), which name no person.
   */
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
    private readonly users: UsersRepository,
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

  /** An action of the signed-in caller, in their tenant. */
  recordForCaller(manager: EntityManager, record: Omit<AuditRecord, 'tenantId' | 'actorUserId'>): Promise<void> {
    const { tenantId, userId } = requirePrincipal();
    return this.record(manager, { ...record, tenantId, actorUserId: userId });
  }

  /** The next `limit` of the tenant's events after `after`, in (at, id) order (keyset pages for the tenant export). */
  pageOfTenant(tenantId: string, after: Pick<AuditEvent, 'at' | 'id'> | null, limit: number): Promise<AuditEvent[]> {
    const query = this.events.createQueryBuilder('e').where('e.tenantId = :tenantId', { tenantId });
    if (after) query.andWhere('e.at >= :at AND (e.at > :at OR e.id > :id)', { at: after.at, id: after.id });
    return query.orderBy('e.at', 'ASC').addOrderBy('e.id', 'ASC').limit(limit).getMany();
  }

  /** The caller's tenant's events, newest first, with the actor's current name where they still exist. */
  async list(from: Date, to: Date): Promise<AuditEventView[]> {
    const events = await this.events.find({
      where: { tenantId: currentTenantId(), at: Between(from, to) },
      order: { at: 'DESC' },
      take: MAX_EVENTS,
    });
    const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
    const names = await this.users.displayNamesInTenant(currentTenantId(), actorIds);
    return events.map((event) => ({ event, actorDisplayName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null }));
  }
}
