import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { BookingScrubber } from '../anonymization/booking-scrubber.js';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { BookingWriter } from '../bookings/booking-writer.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import type { Principal } from '../common/context/request-context.js';
import { Dialect } from '../database/dialect.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { User } from '../users/entities/user.entity.js';
import { LastAdminError, removesLastAdmin } from '../users/last-admin.js';
import { UsersRepository } from '../users/users.repository.js';

const CHUNK = 1_000;

export interface ErasureResult {
  bookingsAnonymized: number;
  bookingsCancelled: number;
}

/**
 * Erasure of a person (DESIGN.md "Anonymization periods", last rule): in one transaction their future
 * bookings are cancelled, every booking of theirs is anonymized whatever the tenant's period, audit
 * events lose them, and the account goes with its sessions, invitations and 2FA secrets (foreign keys
 * cascade). All or nothing: a failure leaves the person exactly as they were.
 */
@Injectable()
export class ErasureService {
  private readonly scrubber = new BookingScrubber();

  constructor(
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly throttles: LoginThrottleService,
    private readonly dialect: Dialect,
    private readonly bookingWriter: BookingWriter,
  ) {}

  /** `actor` is the admin erasing someone, or the person themselves. */
  async erase(actor: Principal, userId: string, now = new Date()): Promise<ErasureResult> {
    const { result, email } = await this.tx.run(async (m) => {
      // The tenant first, as role changes do, so two admins erasing each other cannot both pass.
      await this.dialect.lockForUpdate(m, Tenant, [actor.tenantId]);
      const user = await this.users.getById(userId, m);
      if (removesLastAdmin(user, null, await this.users.countActiveAdmins(m))) throw new LastAdminError();
      // Booking writes lock the person too: no booking of theirs can slip in meanwhile.
      await this.bookingWriter.lockParticipants(m, [], [user.id]);
      const cancelled = await m.update(
        Booking,
        { tenantId: actor.tenantId, userId: user.id, cancelledAt: IsNull(), endsAt: MoreThan(now) },
        { cancelledAt: now, cancelReason: 'erased' },
      );
      const anonymized = await this.anonymizeAllOf(m, actor.tenantId, user.id, now);
      await this.forgetInAuditLog(m, actor.tenantId, user.id);
      await m.delete(User, { id: user.id, tenantId: actor.tenantId });
      const self = actor.userId === user.id;
      const counts = { bookingsAnonymized: anonymized, bookingsCancelled: cancelled.affected ?? 0 };
      await this.audit.record(m, {
        tenantId: actor.tenantId,
        actorUserId: self ? null : actor.userId,
        action: 'user.erased',
        details: { self, role: user.role, ...counts },
      });
      return { result: counts, email: user.email };
    });
    // Failed-login counters are keyed by a hash of the e-mail; they would expire within the hour anyway.
    await this.throttles.reset(this.throttles.keysFor(email, undefined));
    return result;
  }

  private async anonymizeAllOf(m: EntityManager, tenantId: string, userId: string, now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await m.find(Booking, { where: { tenantId, userId }, select: { id: true }, take: CHUNK });
      if (rows.length === 0) return total;
      const done = await this.scrubber.anonymize(
        m,
        rows.map((r) => r.id),
        now,
      );
      if (done === 0) return total;
      total += done;
    }
  }

  /** Events about the person go; events they caused stay, without them. */
  private async forgetInAuditLog(m: EntityManager, tenantId: string, userId: string): Promise<void> {
    await m.delete(AuditEvent, { tenantId, targetType: 'user', targetId: userId });
    await m.update(AuditEvent, { tenantId, actorUserId: userId }, { actorUserId: null });
  }
}
