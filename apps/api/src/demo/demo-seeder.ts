import type { INestApplicationContext } from '@nestjs/common';
import { SignupConfirmationService } from '../auth/signup-confirmation.service.js';
import { hashOpaqueToken } from '../auth/token-hash.js';
import { UtilizationRollup } from '../analytics/utilization-rollup.service.js';
import type { Role } from '../common/auth/roles.js';
import { runWithRequestContext, setPrincipal, type Principal } from '../common/context/request-context.js';
import { BookingWriter } from '../bookings/booking-writer.service.js';
import { ConsentsService } from '../consents/consents.service.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DeskBookabilityRepository } from '../places/desk-bookability.repository.js';
import { PlacesService } from '../places/places.service.js';
import { PrivacyNoticesRepository } from '../privacy-notices/privacy-notices.repository.js';
import type { UpdateTenantSettingsDto } from '../tenants/dto/update-tenant-settings.dto.js';
import { resolveSettings } from '../tenants/settings.js';
import { TenantSettingsService } from '../tenants/tenant-settings.service.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import { UsersService } from '../users/users.service.js';
import { desksExistedSince, insertBookings } from './demo-history-writer.js';
import { demoPeople, type DemoPerson, type DemoPreset } from './demo-company.js';
import { createDemoPlaces, type CreatedLocation } from './demo-places.js';
import type { HistoryRules } from './booking-history.js';
import { SeededRandom } from './seeded-random.js';

/** Everyone's password in the demo company, printed with the logins: the data is fake, so is the secret. */
export const DEMO_PASSWORD = 'Fake-Demo-Desks-Only-2026';
export const DEMO_SEED = 20_261_207;
/** How long bookings keep their person in the demo tenant; older ones are anonymized, as the sweep would have. */
const DEMO_RETENTION_DAYS = 90;

export interface DemoSeedOptions {
  preset: DemoPreset;
  seed?: number;
  password?: string;
  /** Where the history ends; tests pass a fixed moment. */
  now?: Date;
  progress?: (message: string) => void;
}

export interface DemoLogin {
  role: Role;
  email: string;
  displayName: string;
}

export interface DemoSeedResult {
  tenantId: string;
  locations: CreatedLocation[];
  /** One person of each role, first of their kind: what to log in as. */
  logins: DemoLogin[];
  password: string;
  people: number;
  desks: number;
  bookings: number;
  seedMs: number;
  rollupMs: number;
}

export class DemoAlreadySeededError extends Error {
  constructor(readonly email: string) {
    super(`The demo company is already in this database (${email} exists)`);
  }
}

/**
 * Creates the demo company in the app's database: the tenant as sign-up creates it (with its
 * generated privacy notice), places and people through the services an admin's requests would use,
 * then the booking history in bulk and the analytics rollup over it. Refuses when the demo's first
 * admin already exists.
 */
export async function seedDemo(app: INestApplicationContext, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const started = performance.now();
  const { preset } = options;
  const password = options.password ?? DEMO_PASSWORD;
  const now = options.now ?? new Date();
  const progress = options.progress ?? (() => {});
  const random = new SeededRandom(options.seed ?? DEMO_SEED);
  const people = demoPeople(preset, random.fork('people'));
  const [founder, ...others] = people;
  if (await app.get(AccountsRepository).accountExists(founder.email)) throw new DemoAlreadySeededError(founder.email);

  progress(`Creating ${preset.tenantName}`);
  const signedUp = await app
    .get(SignupConfirmationService)
    .createConfirmed(
      { tenantName: preset.tenantName, email: founder.email, displayName: founder.displayName, password, locale: 'en' },
      'deskbook-demo',
    );
  const tenantId = signedUp.tenant.id;
  const admin: Principal = {
    userId: signedUp.user.id,
    tenantId,
    role: 'tenant_admin',
    displayName: founder.displayName,
    locale: 'en',
    sessionId: signedUp.session.id,
    totpEnrollmentRequired: false,
    tenantSettings: resolveSettings(signedUp.tenant.settings),
    bookingAddedAt: null,
  };

  return runWithRequestContext(async () => {
    setPrincipal(admin);
    const settings = await app.get(TenantSettingsService).update(admin, demoSettings(preset) as UpdateTenantSettingsDto);
    progress('Creating locations, floors, plans and desks');
    const locations = await createDemoPlaces(app.get(PlacesService), preset, random.fork('places'));
    progress(`Inviting ${others.length} people`);
    const userIds = [signedUp.user.id, ...(await addPeople(app, admin, others, signedUp.user.passwordHash!))];
    await acceptCurrentNotice(app, admin, people, userIds);
    const tx = app.get(TransactionRunner);
    const since = new Date(now.getTime() - (preset.historyDays + 30) * 86_400_000);
    await desksExistedSince(tx, app.get(DeskBookabilityRepository), tenantId, locations, since);

    const rules: HistoryRules = {
      now,
      historyDays: preset.historyDays,
      daysAhead: preset.daysAhead,
      slotMinutes: settings.booking.slotMinutes,
      maxDurationMinutes: settings.booking.maxDurationMinutes,
      maxDaysAhead: settings.booking.maxDaysAhead,
      checkInRequired: settings.booking.checkInRequired,
      checkInGraceMinutes: settings.booking.checkInGraceMinutes,
      visibility: settings.privacy.bookingVisibility,
      anonymizeAfterDays: settings.privacy.retention.mode === 'anonymize' ? settings.privacy.retention.afterDays : null,
      shapes: preset.shapes,
      weekdays: preset.weekdays,
    };
    progress(`Writing about ${preset.bookings.toLocaleString('en')} bookings`);
    const bookings = await insertBookings(
      tx,
      app.get(BookingWriter),
      tenantId,
      locations,
      people,
      userIds,
      preset,
      rules,
      random.fork('bookings'),
    );
    const seedMs = performance.now() - started;

    progress('Rebuilding the analytics rollup');
    const rollupStarted = performance.now();
    await app.get(UtilizationRollup).rebuildTenant(tenantId, now);
    return {
      tenantId,
      locations,
      logins: (['tenant_admin', 'facility_manager', 'employee'] as const).map((role) => {
        const person = people.find((p) => p.role === role)!;
        return { role, email: person.email, displayName: person.displayName };
      }),
      password,
      people: people.length,
      desks: locations.reduce((sum, l) => sum + l.floors.reduce((s, f) => s + f.desks.length, 0), 0),
      bookings,
      seedMs,
      rollupMs: performance.now() - rollupStarted,
    };
  });
}

/** Check-in with release of no-shows, a quarter's retention, and an organization the notice can name. */
function demoSettings(preset: DemoPreset) {
  return {
    privacy: { retention: { mode: 'anonymize', afterDays: DEMO_RETENTION_DAYS } },
    booking: { checkInRequired: true },
    organization: { legalName: preset.tenantName, contactEmail: `privacy@${preset.emailDomain}` },
  };
}

/** Invites everyone as the admin would, and accepts each invitation with the demo password (hashed once). */
async function addPeople(app: INestApplicationContext, admin: Principal, people: DemoPerson[], passwordHash: string): Promise<string[]> {
  const users = app.get(UsersService);
  const accounts = app.get(AccountsRepository);
  const tx = app.get(TransactionRunner);
  const ids: string[] = [];
  // A few at a time: MySQL/MariaDB run them side by side, SQLite queues them anyway.
  for (let i = 0; i < people.length; i += 8) {
    const batch = people.slice(i, i + 8);
    const created = await Promise.all(
      batch.map(async (person) => {
        const { user, inviteToken } = await users.invite(admin, {
          email: person.email,
          displayName: person.displayName,
          role: person.role,
        });
        await tx.run(async (m) => {
          await accounts.claimInvite(m, hashOpaqueToken(inviteToken));
          await accounts.setPassword(m, user.id, passwordHash, user.email);
        });
        if (person.locale !== 'en') await users.updateProfile(personPrincipal(admin, user.id, person), { locale: person.locale });
        return user.id;
      }),
    );
    ids.push(...created);
  }
  return ids;
}

/** Everyone has read and accepted the tenant's current notice, so the consent gate lets them book. */
async function acceptCurrentNotice(app: INestApplicationContext, admin: Principal, people: DemoPerson[], userIds: string[]): Promise<void> {
  const notice = await app.get(PrivacyNoticesRepository).current(admin.tenantId);
  if (!notice) return;
  const consents = app.get(ConsentsService);
  for (let i = 0; i < people.length; i += 8) {
    await Promise.all(people.slice(i, i + 8).map((person, j) => consents.give(personPrincipal(admin, userIds[i + j], person), notice.id)));
  }
}

/** A person of the tenant as services see a caller (the admin's session stands in; nothing here reads it). */
function personPrincipal(admin: Principal, userId: string, person: DemoPerson): Principal {
  return { ...admin, userId, role: person.role, displayName: person.displayName, locale: person.locale };
}
