import { AnonymizationRun } from '../anonymization/entities/anonymization-run.entity.js';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { LoginThrottle } from '../auth/entities/login-throttle.entity.js';
import { RecoveryCode } from '../auth/entities/recovery-code.entity.js';
import { Session } from '../auth/entities/session.entity.js';
import { BookingIdempotencyKey } from '../bookings/entities/booking-idempotency-key.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import type { DatabaseConfig } from '../config/config.js';
import { Desk } from '../places/entities/desk.entity.js';
import { floorPlanSchema } from '../places/entities/floor-plan.entity.js';
import { Floor } from '../places/entities/floor.entity.js';
import { Location } from '../places/entities/location.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { Invite } from '../users/entities/invite.entity.js';
import { User } from '../users/entities/user.entity.js';

export const ENTITIES = [
  Tenant,
  User,
  Invite,
  Session,
  AuditEvent,
  RecoveryCode,
  LoginThrottle,
  Location,
  Floor,
  Desk,
  Booking,
  BookingIdempotencyKey,
  AnonymizationRun,
];

/** Every entity, including the one whose column type depends on the dialect. */
export function entitiesFor(dialect: DatabaseConfig['type']) {
  return [...ENTITIES, floorPlanSchema(dialect)];
}
