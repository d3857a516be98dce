import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { newOpaqueToken } from '../auth/token-hash.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Dialect } from '../database/dialect.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import type { InviteUserDto, UpdateUserDto } from './dto/user-input.dto.js';
import { Invite } from './entities/invite.entity.js';
import { InviteMails, type LinkTo } from './invite-mails.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import { User } from './entities/user.entity.js';
import { LastAdminError, removesLastAdmin } from './last-admin.js';
import { UsersRepository, type UserProfile } from './users.repository.js';

export const INVITE_VALIDITY_MS = 7 * 24 * 3_600_000;
const MEMBER_DIRECTORY_LIMIT = 20;

export class InviteAlreadyAcceptedError extends DomainError {
  constructor() {
    super(409, 'INVITE_ALREADY_ACCEPTED', 'This person has accepted the invitation already and can sign in');
  }
}

/** A new invitation row for this person; only the token's SHA-256 is stored. */
function newInvite(tenantId: string, userId: string, now: Date): { invite: Invite; token: string } {
  const { token, hash } = newOpaqueToken();
  const invite = Object.assign(new Invite(), {
    id: randomUUID(),
    tenantId,
    userId,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + INVITE_VALIDITY_MS),
    usedAt: null,
    createdAt: now,
  });
  return { invite, token };
}

export class EmailTakenError extends DomainError {
  constructor() {
    super(409, 'EMAIL_TAKEN', 'This e-mail address is already registered');
  }
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tenants: TenantsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly dialect: Dialect,
    private readonly inviteMails: InviteMails,
  ) {}

  list(): Promise<User[]> {
    return this.users.find({}, { createdAt: 'ASC' });
  }

  /** Up to 20 members of the caller's tenant who can sign in, by part of their name (staff booking for someone). */
  directory(principal: Principal, text: string): Promise<Pick<User, 'id' | 'displayName'>[]> {
    return this.users.searchMembers(principal.tenantId, text, MEMBER_DIRECTORY_LIMIT);
  }

  get(id: string): Promise<User> {
    return this.users.getById(id);
  }

  /** The caller as /me shows them. */
  profile(principal: Principal): Promise<UserProfile> {
    return this.users.profile(principal.userId);
  }

  /** The caller's own name, language and choices. */
  async updateProfile(
    principal: Principal,
    changes: {
      displayName?: string;
      locale?: string;
      findableByColleagues?: boolean;
      mailBookingConfirmations?: boolean;
      mailBookingCancellations?: boolean;
    },
  ): Promise<void> {
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(set).length) await this.tx.run((m) => this.users.updateProfile(m, principal.userId, set));
  }

  /** Which booking mails the caller wants (GET /me/notifications). */
  async notificationPreferences(principal: Principal): Promise<{ bookingConfirmations: boolean; bookingCancellations: boolean }> {
    const user = await this.users.mailPreferences(principal.userId);
    return { bookingConfirmations: user.mailBookingConfirmations, bookingCancellations: user.mailBookingCancellations };
  }

  updateNotificationPreferences(
    principal: Principal,
    changes: { bookingConfirmations?: boolean; bookingCancellations?: boolean },
  ): Promise<void> {
    return this.updateProfile(principal, {
      mailBookingConfirmations: changes.bookingConfirmations,
      mailBookingCancellations: changes.bookingCancellations,
    });
  }

  /**
   * Invites a person: the row, the invitation and the `invite` mail in one transaction. The mail is in
   * the inviter's language, which becomes the person's until they choose their own. Without `linkTo`
   * nothing is mailed (the demo seeder accepts its invitations at once).
   */
  async invite(actor: Principal, dto: InviteUserDto, linkTo?: LinkTo): Promise<{ user: User; inviteToken: string }> {
    const now = new Date();
    const user = Object.assign(new User(), {
      id: randomUUID(),
      tenantId: actor.tenantId,
      email: dto.email,
      // Set when the invitation is accepted: an address with an account in another tenant may be
      // invited like any other (no account enumeration); accepting is what tells its owner.
      accountEmail: null,
      displayName: dto.displayName,
      role: dto.role,
      passwordHash: null,
      locale: mailLocale(actor.locale),
      createdAt: now,
    });
    const { invite, token } = newInvite(actor.tenantId, user.id, now);
    let mail;
    try {
      mail = await this.tx.run(async (m) => {
        await m.insert(User, user);
        await m.insert(Invite, invite);
        await this.audit.record(m, {
          tenantId: actor.tenantId,
          actorUserId: actor.userId,
          action: 'user.invited',
          targetType: 'user',
          targetId: user.id,
          details: { role: dto.role },
        });
        return linkTo
          ? this.inviteMails.queue(m, { user, token, expiresAt: invite.expiresAt, inviterName: actor.displayName, linkTo })
          : null;
      });
    } catch (err) {
      // Only an address already in this tenant collides (UQ_users_tenant_email); the admin sees it in the list anyway.
      if (isUniqueViolation(err)) throw new EmailTakenError();
      throw err;
    }
    if (mail) await this.inviteMails.dispatch(mail);
    return { user, inviteToken: token };
  }

  /**
   * A new invitation for a person who has not accepted yet: their earlier links stop working (their
   * invitation rows are replaced). Another tenant's id is 404 (the scoped read does not find it).
   */
  async resendInvite(actor: Principal, id: string, linkTo: LinkTo): Promise<{ user: User; inviteToken: string }> {
    const now = new Date();
    const { user, token, mail } = await this.tx.run(async (m) => {
      // Waits for an acceptance in progress (it writes this row), so an accepted invitation is never replaced.
      await this.users.lockForUpdate(m, [id]);
      const user = await this.users.getById(id, m);
      if (user.passwordHash !== null) throw new InviteAlreadyAcceptedError();
      const { invite, token } = newInvite(actor.tenantId, user.id, now);
      await this.users.replaceInvites(m, user.id, invite);
      await this.audit.record(m, {
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        action: 'user.invite_resent',
        targetType: 'user',
        targetId: user.id,
      });
      const mail = await this.inviteMails.queue(m, { user, token, expiresAt: invite.expiresAt, inviterName: actor.displayName, linkTo });
      return { user, token, mail };
    });
    await this.inviteMails.dispatch(mail);
    return { user, inviteToken: token };
  }

  update(actor: Principal, id: string, dto: UpdateUserDto): Promise<User> {
    return this.tx.run(async (m) => {
      // Role changes and deletions in a tenant run one after the other, so two admins demoting each
      // other at the same moment cannot both pass the last-admin check.
      await this.tenants.lockForUpdate(m, actor.tenantId);
      const user = await this.users.getById(id, m);
      if (dto.role !== undefined && dto.role !== user.role) {
        if (removesLastAdmin(user, dto.role, await this.users.countActiveAdmins(m))) throw new LastAdminError();
        await this.audit.record(m, {
          tenantId: actor.tenantId,
          actorUserId: actor.userId,
          action: 'user.role_changed',
          targetType: 'user',
          targetId: user.id,
          details: { from: user.role, to: dto.role },
        });
        user.role = dto.role;
      }
      if (dto.displayName !== undefined && dto.displayName !== user.displayName) {
        await this.audit.record(m, {
          tenantId: actor.tenantId,
          actorUserId: actor.userId,
          action: 'user.renamed',
          targetType: 'user',
          targetId: user.id,
        });
        user.displayName = dto.displayName;
      }
      await m.update(User, { id: user.id, tenantId: actor.tenantId }, { role: user.role, displayName: user.displayName });
      return user;
    });
  }
}
