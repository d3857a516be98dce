import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * A feature's columns that can name a person (STYLE.md principle 13), with what they say about the
 * person and what clears them. The README's table "Personal data: where it lives" is written from
 * these (`npm run personal-data:readme`), and a test fails when an entity has a column that can
 * hold a person and no claim names it.
 */
export interface PersonalDataClaim {
  /** The entity class; its table is the place. */
  readonly entity: abstract new (...args: never[]) => object;
  /** Property names (the column names of these entities). */
  readonly columns: readonly string[];
  /** What the columns say about the person. */
  readonly what: string;
  /** What removes it: the sweep, erasure, a purge, … */
  readonly cleared: string;
}

/** A claim whose columns the compiler checks against the entity. */
export function claim<T extends object>(
  entity: abstract new (...args: never[]) => T,
  columns: readonly (keyof T & string)[],
  what: string,
  cleared: string,
): PersonalDataClaim {
  return { entity, columns, what, cleared };
}

/**
 * Sections of `GET /me/export`, merged contributor by contributor in the registry's order: a section
 * two contributors give (the profile) gets the fields of each in turn, lists are appended.
 */
export type PersonalExportSections = Record<string, unknown>;

/** The person being erased, inside the erasure's one transaction. */
export interface ErasureSubject {
  tenantId: string;
  userId: string;
  now: Date;
  /** Anonymizes these bookings through every contributor (BookingScrubber); how many lost their person. */
  anonymizeBookings: (ids: string[]) => Promise<number>;
}

/** Counts an erasure reports (the answer and the `user.erased` audit event carry them). */
export type ErasureCounts = Record<string, number>;

/**
 * One feature's personal data. Every operation runs inside the caller's transaction (`m`) and with
 * the feature's own queries; the registry runs all contributors in its declared order.
 */
export interface PersonalData {
  /** The feature, as PERSONAL_DATA_ORDER names it. */
  readonly name: string;
  readonly claims: readonly PersonalDataClaim[];
  /** The person's data for their own export (`GET /me/export`). */
  exportFor?(m: EntityManager, tenantId: string, userId: string): Promise<PersonalExportSections>;
  /** Removes the person (erasure); runs after every contributor that comes later in the order. */
  erase?(m: EntityManager, subject: ErasureSubject): Promise<ErasureCounts | void>;
  /**
   * Removes what links these bookings to a person, beside the booking rows themselves (the
   * scrubber clears or, in the sweep's `delete` mode, deletes those right after). Called with at
   * most ~1,000 ids at a time, the same ids possibly twice: it must stay cheap and idempotent.
   */
  anonymizeBookings?(m: EntityManager, bookingIds: string[]): Promise<void>;
}

/** Marks a provider as a contributor: `@PersonalDataContributor()` on a class that implements PersonalData. */
export const PersonalDataContributor = DiscoveryService.createDecorator<void>();
