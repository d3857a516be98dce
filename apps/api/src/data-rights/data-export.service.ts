import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/context/request-context.js';
import { PersonalDataRegistry } from '../common/personal-data/personal-data.registry.js';

/**
 * Data-subject access (`GET /me/export`): every personal-data contributor adds what its feature holds
 * about the caller. Each builds its part field by field from the rows – never by serializing
 * entities – so a new column cannot leak by accident.
 */
@Injectable()
export class DataExportService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /** Everything Deskbook holds about the caller: profile, bookings not yet anonymized, sessions, passkeys, audit events, consents. */
  async personalData(principal: Principal, now = new Date()) {
    // The sections in the order of the answer; the contributors fill them.
    const document = {
      exportedAt: now.toISOString(),
      about:
        "Every piece of personal data Deskbook holds about you. Bookings anonymized under your company's retention period no longer belong to you and are not included.",
      profile: {},
      bookings: [],
      sessions: [],
      passkeys: [],
      auditEvents: [],
      consents: [],
    };
    await this.registry.exportFor(this.manager, principal.tenantId, principal.userId, document);
    return document;
  }
}
