import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AnonymizationRun } from '../anonymization/entities/anonymization-run.entity.js';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { bookerVisibility } from '../bookings/visibility.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import type { Principal } from '../common/context/request-context.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { Desk } from '../places/entities/desk.entity.js';
import { Floor } from '../places/entities/floor.entity.js';
import { Location } from '../places/entities/location.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { resolveSettings } from '../tenants/settings.js';
import { createEventLoopPause } from '../common/event-loop.js';
import { User } from '../users/entities/user.entity.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** Rows a query reads: small enough that one page holds the event loop for a few milliseconds. */
const PAGE = 250;

/** A JSON document written piece by piece, so a tenant with a million bookings never sits in memory. */
export type JsonSink = (chunk: string) => Promise<void>;

/**
 * Writes the rows `nextPage` reads, page after page (each page starts after the last row of the one
 * before), as the comma-separated items of a JSON array. Pauses between pages: on SQLite every query
 * holds the event loop, and with it every tenant's requests (see createEventLoopPause).
 */
async function writePages<T>(write: JsonSink, nextPage: (after: T | null) => Promise<T[]>, toJson: (row: T) => object): Promise<void> {
  const pause = createEventLoopPause();
  let separator = '';
  for (let page = await nextPage(null); page.length > 0; page = await nextPage(page[page.length - 1])) {
    await write(separator + page.map((row) => JSON.stringify(toJson(row))).join(','));
    separator = ',';
    await pause();
  }
}

/**
 * The tenant export (`GET /admin/export`): the whole tenant, places and run log included, not only
 * its personal data, so it reads the tables itself instead of going through the personal-data
 * registry; bookings and audit events are written in keyset pages with pauses between them.
 * Built field by field from the rows – never by serializing entities – so a new column cannot leak
 * by accident.
 */
@Injectable()
export class TenantExportService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(AuditEvent) private readonly audit: Repository<AuditEvent>,
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    @InjectRepository(Floor) private readonly floors: Repository<Floor>,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    @InjectRepository(AnonymizationRun) private readonly runs: Repository<AnonymizationRun>,
    private readonly tx: TransactionRunner,
    private readonly auditLog: AuditService,
  ) {}

  /**
   * The whole tenant for its admin. Bookings name their booker only where the visibility setting would
   * show that person to this admin (DESIGN.md: the setting covers exports of other people's data).
   */
  async writeTenant(principal: Principal, write: JsonSink, now = new Date()): Promise<void> {
    const { tenantId } = principal;
    // Before the first byte: the export is recorded even if the download breaks off.
    await this.tx.run((m) =>
      this.auditLog.record(m, {
        tenantId,
        actorUserId: principal.userId,
        action: 'tenant.exported',
        targetType: 'tenant',
        targetId: tenantId,
      }),
    );
    const tenant = await this.tenants.findOneByOrFail({ id: tenantId });
    const settings = resolveSettings(tenant.settings);
    const users = await this.users.find({ where: { tenantId }, order: { createdAt: 'ASC' } });
    const locations = await this.locations.find({ where: { tenantId }, order: { createdAt: 'ASC' } });
    const floors = await this.floors.find({ where: { tenantId }, order: { createdAt: 'ASC' } });
    const desks = await this.desks.find({ where: { tenantId }, order: { createdAt: 'ASC' } });
    const runs = await this.runs.find({ where: { tenantId }, order: { requestedAt: 'ASC' } });
    const head = {
      exportedAt: now.toISOString(),
      tenant: { id: tenant.id, name: tenant.name, slug: tenant.slug, createdAt: tenant.createdAt.toISOString(), settings },
      users: users.map((u) => ({
        id: u.id,
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        locale: u.locale,
        createdAt: u.createdAt.toISOString(),
        invitationPending: u.passwordHash === null,
        twoFactorEnabled: u.totpEnabledAt !== null,
      })),
      locations: locations.map((l) => ({
        id: l.id,
        name: l.name,
        address: l.address,
        timezone: l.timezone,
        openingHours: l.openingHours,
        createdAt: l.createdAt.toISOString(),
      })),
      floors: floors.map((f) => ({
        id: f.id,
        locationId: f.locationId,
        name: f.name,
        level: f.level,
        planMimeType: f.planMimeType,
        planWidth: f.planWidth,
        planHeight: f.planHeight,
      })),
      desks: desks.map((d) => ({
        id: d.id,
        floorId: d.floorId,
        label: d.label,
        x: d.x,
        y: d.y,
        zone: d.zone,
        amenities: d.amenities,
        bookable: d.bookable,
      })),
      anonymizationRuns: runs.map((r) => ({
        id: r.id,
        source: r.source,
        requestedAt: r.requestedAt.toISOString(),
        finishedAt: iso(r.finishedAt),
        processed: r.processed,
      })),
    };
    await write(JSON.stringify(head).slice(0, -1) + ',"bookings":[');
    // Keyset pages on (endsAt, id), a range of IDX_bookings_tenant_ends: paged by id alone, SQLite
    // sorted all of the tenant's bookings again for every page.
    await writePages(
      write,
      (after: Booking | null) => {
        const query = this.bookings.createQueryBuilder('b').where('b.tenantId = :tenantId', { tenantId });
        if (after) query.andWhere('b.endsAt >= :endsAt AND (b.endsAt > :endsAt OR b.id > :id)', { endsAt: after.endsAt, id: after.id });
        return query.orderBy('b.endsAt', 'ASC').addOrderBy('b.id', 'ASC').limit(PAGE).getMany();
      },
      (b) => {
        const seen = bookerVisibility(settings.privacy.bookingVisibility, b, principal.userId);
        return {
          id: b.id,
          deskId: b.deskId,
          userId: seen === 'hidden' ? null : b.userId,
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
          checkedInAt: iso(b.checkedInAt),
          cancelledAt: iso(b.cancelledAt),
          cancelReason: b.cancelReason,
          anonymizedAt: iso(b.anonymizedAt),
          createdAt: b.createdAt.toISOString(),
        };
      },
    );
    await write('],"auditEvents":[');
    await writePages(
      write,
      (after: AuditEvent | null) => {
        const query = this.audit.createQueryBuilder('e').where('e.tenantId = :tenantId', { tenantId });
        if (after) query.andWhere('e.at >= :at AND (e.at > :at OR e.id > :id)', { at: after.at, id: after.id });
        return query.orderBy('e.at', 'ASC').addOrderBy('e.id', 'ASC').limit(PAGE).getMany();
      },
      (e) => ({
        id: e.id,
        action: e.action,
        actorUserId: e.actorUserId,
        targetType: e.targetType,
        targetId: e.targetId,
        details: e.details,
        at: e.at.toISOString(),
      }),
    );
    await write(']}');
  }
}
