import { Injectable } from '@nestjs/common';
import { AnonymizationService } from '../anonymization/anonymization.service.js';
import type { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BookingsDataRepository } from '../bookings/bookings-data.repository.js';
import { bookerVisibility } from '../bookings/visibility.js';
import type { Booking } from '../bookings/entities/booking.entity.js';
import type { Principal } from '../common/context/request-context.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from '../places/places.repositories.js';
import { resolveSettings } from '../tenants/settings.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { createEventLoopPause } from '../common/event-loop.js';
import { ConsentsRepository } from '../consents/consents.repository.js';
import { toConsentDto } from '../consents/dto/consent.dto.js';
import { SsoSettingsService } from '../sso/sso-settings.service.js';
import { UsersRepository } from '../users/users.repository.js';

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
    private readonly users: UsersRepository,
    private readonly tenants: TenantsRepository,
    private readonly bookings: BookingsDataRepository,
    private readonly locations: LocationsRepository,
    private readonly floors: FloorsRepository,
    private readonly desks: DesksRepository,
    private readonly anonymization: AnonymizationService,
    private readonly tx: TransactionRunner,
    private readonly auditLog: AuditService,
    private readonly consents: ConsentsRepository,
    private readonly sso: SsoSettingsService,
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
    const tenant = await this.tenants.getById(tenantId);
    const settings = resolveSettings(tenant.settings);
    // The request's tenant, which is the principal's: the tenant-scoped repositories read it.
    const users = await this.users.find({}, { createdAt: 'ASC' });
    const locations = await this.locations.find({}, { createdAt: 'ASC' });
    const floors = await this.floors.find({}, { createdAt: 'ASC' });
    const desks = await this.desks.find({}, { createdAt: 'ASC' });
    const runs = await this.anonymization.runLog(tenantId);
    // One row per person and version: small beside the bookings, so not paged.
    const consents = await this.consents.ofTenant(tenantId);
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
      // Erased people's records stay without them (userId null): the acceptance counts stay right.
      consents: consents.map((c) => ({ ...toConsentDto(c), userId: c.userId })),
      // The connection as its settings page shows it: the client secret stays out (hasClientSecret only).
      singleSignOn: await this.sso.get(tenantId),
    };
    await write(JSON.stringify(head).slice(0, -1) + ',"bookings":[');
    await writePages(
      write,
      (after: Booking | null) => this.bookings.pageOfTenant(tenantId, after, PAGE),
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
      (after: AuditEvent | null) => this.auditLog.pageOfTenant(tenantId, after, PAGE),
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
