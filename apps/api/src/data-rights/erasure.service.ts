import { Injectable } from '@nestjs/common';
import { BookingScrubber } from '../anonymization/booking-scrubber.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { PersonalDataRegistry } from '../common/personal-data/personal-data.registry.js';
import { BookingWriter } from '../bookings/booking-writer.service.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { LastAdminError, removesLastAdmin } from '../users/last-admin.js';
import { UsersRepository } from '../users/users.repository.js';

export interface ErasureResult {
  bookingsAnonymized: number;
  bookingsCancelled: number;
}

/**
 * Erasure of a person (DESIGN.md "Anonymization periods", last rule): in one transaction every
 * personal-data contributor removes them (last to first): audit events lose them, their future
 * bookings are cancelled and every booking of theirs is anonymized whatever the tenant's period,
 * sessions, 2FA secrets and failed-sign-in counters go, and the account with its invitations last.
 * All or nothing: a failure leaves the person exactly as they were.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataRegistry,
    private readonly scrubber: BookingScrubber,
    private readonly tenants: TenantsRepository,
    private readonly bookingWriter: BookingWriter,
  ) {}

  /** `actor` is the admin erasing someone, or the person themselves. */
  async erase(actor: Principal, userId: string, now = new Date()): Promise<ErasureResult> {
    return this.tx.run(async (m) => {
      // The tenant first, as role changes do, so two admins erasing each other cannot both pass.
      await this.tenants.lockForUpdate(m, actor.tenantId);
      const user = await this.users.getById(userId, m);
      if (removesLastAdmin(user, null, await this.users.countActiveAdmins(m))) throw new LastAdminError();
      // Booking writes lock the person too: no booking of theirs can slip in meanwhile.
      await this.bookingWriter.lockParticipants(m, [], [user.id]);
      const counts: ErasureResult = {
        bookingsAnonymized: 0,
        bookingsCancelled: 0,
        ...(await this.personalData.erase(m, {
          tenantId: actor.tenantId,
          userId: user.id,
          now,
          anonymizeBookings: (ids) => this.scrubber.anonymize(m, ids, now),
        })),
      };
      const self = actor.userId === user.id;
      await this.audit.record(m, {
        tenantId: actor.tenantId,
        actorUserId: self ? null : actor.userId,
        action: 'user.erased',
        details: { self, role: user.role, ...counts },
      });
      return counts;
    });
  }
}
