import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataContributor,
  type ErasureCounts,
  type ErasureSubject,
  type PersonalData,
  type PersonalExportSections,
} from './personal-data.js';

/**
 * The contributors, in the order everything else points at them: people first, then what points at
 * a person, then what points at bookings. Exports run in this order (the profile opens the export);
 * erasure runs it backwards, so no row is removed while another still points at it (deleting the
 * user first would set `bookings.userId` NULL before the bookings contributor found them).
 */
export const PERSONAL_DATA_ORDER = ['users', 'auth', 'bookings', 'privacy-notices', 'consents', 'mail', 'audit'] as const;

/**
 * The contributors in PERSONAL_DATA_ORDER. Throws when one is found that the order does not name,
 * or one the order names is missing (its provider was left out of its module): an erasure that
 * skipped a feature would leave the person behind.
 */
export function inDeclaredOrder(found: readonly PersonalData[], order: readonly string[] = PERSONAL_DATA_ORDER): PersonalData[] {
  const byName = new Map<string, PersonalData>();
  for (const contributor of found) {
    if (!order.includes(contributor.name)) throw new Error(`Personal data contributor "${contributor.name}" is not in PERSONAL_DATA_ORDER`);
    if (byName.has(contributor.name)) throw new Error(`Personal data contributor "${contributor.name}" is registered twice`);
    byName.set(contributor.name, contributor);
  }
  return order.map((name) => {
    const contributor = byName.get(name);
    if (!contributor) throw new Error(`Personal data contributor "${name}" is not provided by any module`);
    return contributor;
  });
}

/**
 * Merges one contributor's export sections into the document: objects get the fields in turn
 * (a field keeps the place the document gave it), lists are appended, anything else is set.
 */
export function mergeSections(document: PersonalExportSections, sections: PersonalExportSections): void {
  for (const [key, value] of Object.entries(sections)) {
    const existing = document[key];
    if (Array.isArray(existing) && Array.isArray(value)) existing.push(...(value as unknown[]));
    else if (isPlainObject(existing) && isPlainObject(value)) Object.assign(existing, value);
    else document[key] = value;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every feature's personal data (STYLE.md principle 13); data-rights/ and the sweep run it. */
@Injectable()
export class PersonalDataRegistry implements OnModuleInit {
  /** In PERSONAL_DATA_ORDER. */
  private ordered: readonly PersonalData[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery.getProviders({ metadataKey: PersonalDataContributor.KEY }).map((w) => w.instance as PersonalData);
    this.ordered = inDeclaredOrder(found);
  }

  /** Fills `document` (whose sections give the order of the answer) with everyone's data about the person. */
  async exportFor(m: EntityManager, tenantId: string, userId: string, document: PersonalExportSections): Promise<void> {
    for (const contributor of this.ordered) {
      if (contributor.exportFor) mergeSections(document, await contributor.exportFor(m, tenantId, userId));
    }
  }

  /** Removes the person everywhere, last contributor first; the counts they report, merged. */
  async erase(m: EntityManager, subject: ErasureSubject): Promise<ErasureCounts> {
    const counts: ErasureCounts = {};
    for (const contributor of [...this.ordered].reverse()) {
      Object.assign(counts, await contributor.erase?.(m, subject));
    }
    return counts;
  }

  /** Everything beside the booking rows that links these bookings to a person. */
  async anonymizeBookings(m: EntityManager, bookingIds: string[]): Promise<void> {
    for (const contributor of this.ordered) await contributor.anonymizeBookings?.(m, bookingIds);
  }
}
