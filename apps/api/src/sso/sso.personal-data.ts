import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { SsoLink } from './entities/sso-link.entity.js';
import { SsoRepository } from './sso.repository.js';

/** Single sign-on: which identity at the company's provider a person is. */
@Injectable()
@PersonalDataContributor()
export class SsoPersonalData implements PersonalData {
  readonly name = 'sso';
  readonly claims = [
    claim(
      SsoLink,
      ['userId', 'issuer', 'subject', 'createdAt', 'lastLoginAt'],
      "the person's identifier at their company's identity provider, when it was linked and last used",
      'erasure (removed, also with the user)',
    ),
  ];

  constructor(private readonly sso: SsoRepository) {}

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const links = await this.sso.linksOf(m, tenantId, userId);
    return {
      singleSignOn: links.map((link) => ({
        issuer: link.issuer,
        subject: link.subject,
        linkedAt: link.createdAt.toISOString(),
        lastSignInAt: link.lastLoginAt.toISOString(),
      })),
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    await this.sso.deleteLinksOf(m, tenantId, userId);
  }
}
