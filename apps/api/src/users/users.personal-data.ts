import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { Invite } from './entities/invite.entity.js';
import { User } from './entities/user.entity.js';

/** The account: who the person is. Everything else points at it, so erasure removes it last. */
@Injectable()
@PersonalDataContributor()
export class UsersPersonalData implements PersonalData {
  readonly name = 'users';
  readonly claims = [
    claim(
      User,
      [
        'email',
        'accountEmail',
        'displayName',
        'passwordHash',
        'locale',
        'findableByColleagues',
        'mailBookingConfirmations',
        'mailBookingCancellations',
      ],
      'e-mail (in `accountEmail` too once the person can sign in), display name, password hash, language, whether colleagues may find them by name, which booking mails they want',
      'erasure (row removed)',
    ),
    claim(
      Invite,
      ['userId', 'tokenHash'],
      'SHA-256 of the invite token',
      'erasure (with the user); used or expired tokens never work again',
    ),
  ];

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const user = await m.findOneOrFail(User, { where: { id: userId, tenantId }, relations: { tenant: true } });
    return {
      profile: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        locale: user.locale,
        findableByColleagues: user.findableByColleagues,
        mailNotifications: { bookingConfirmations: user.mailBookingConfirmations, bookingCancellations: user.mailBookingCancellations },
        company: user.tenant!.name,
        createdAt: user.createdAt.toISOString(),
      },
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    await m.delete(Invite, { tenantId, userId });
    await m.delete(User, { id: userId, tenantId });
  }
}
