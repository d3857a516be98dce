import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Not, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../common/context/request-context.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { User } from '../users/entities/user.entity.js';
import { resolveSettings } from '../tenants/settings.js';
import { PreparedSelect } from '../database/prepared-select.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { Tenant } from '../tenants/entities/tenant.entity.js';
import { Session, type SignInMethod } from './entities/session.entity.js';
import { Passkey } from './entities/passkey.entity.js';
import { requiresTotpEnrollment } from './totp/two-factor-policy.js';

export const JWT_AUDIENCE = 'deskbook';
/** Writing lastUsedAt on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface JwtPayload {
  sub: string;
  sid: string;
}

export interface IssuedSession {
  token: string;
  session: Session;
  maxAgeMs: number;
}

/** What every authenticated request needs of its session, its person and their tenant. */
type SessionRow = Pick<Session, 'id' | 'tenantId' | 'userId' | 'lastUsedAt' | 'expiresAt' | 'revokedAt' | 'signedInWith'> &
  Pick<User, 'role' | 'displayName' | 'locale' | 'totpEnabledAt' | 'bookingAddedAt'> &
  Pick<Tenant, 'settings'>;

@Injectable()
export class SessionsService {
  /** One query on every authenticated request, built once (PreparedSelect). */
  private readonly byId: PreparedSelect<SessionRow>;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    @InjectRepository(Passkey) private readonly passkeys: Repository<Passkey>,
    private readonly tx: TransactionRunner,
  ) {
    const query = sessions.createQueryBuilder('s').innerJoin('s.user', 'u').innerJoin('u.tenant', 't').where('s.id = :id');
    this.byId = new PreparedSelect<SessionRow>(query, {
      id: 's.id',
      tenantId: 's.tenantId',
      userId: 's.userId',
      lastUsedAt: 's.lastUsedAt',
      expiresAt: 's.expiresAt',
      revokedAt: 's.revokedAt',
      signedInWith: 's.signedInWith',
      role: 'u.role',
      displayName: 'u.displayName',
      locale: 'u.locale',
      totpEnabledAt: 'u.totpEnabledAt',
      bookingAddedAt: 'u.bookingAddedAt',
      settings: 't.settings',
    });
  }

  private get absoluteMs(): number {
    return this.config.sessionAbsoluteHours * 3_600_000;
  }

  async issue(
    user: User,
    userAgent: string | undefined,
    manager?: EntityManager,
    signedInWith: SignInMethod = 'password',
  ): Promise<IssuedSession> {
    const now = new Date();
    const session = this.sessions.create({
      id: randomUUID(),
      tenantId: user.tenantId,
      userId: user.id,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.absoluteMs),
      revokedAt: null,
      userAgent: userAgent ? userAgent.slice(0, 255) : null,
      signedInWith,
    });
    await (manager ? manager.insert(Session, session) : this.tx.run((m) => m.insert(Session, session)));
    const payload: JwtPayload = { sub: user.id, sid: session.id };
    const token = await this.jwt.signAsync(payload, { expiresIn: Math.floor(this.absoluteMs / 1000) });
    return { token, session, maxAgeMs: this.absoluteMs };
  }

  /** The principal behind a verified token, or null when its session is revoked, expired or idle. */
  async resolve(payload: JwtPayload): Promise<Principal | null> {
    const [session] = await this.byId.run({ id: payload.sid });
    const now = Date.now();
    if (!session || session.userId !== payload.sub || session.revokedAt) return null;
    if (session.expiresAt.getTime() <= now) return null;
    if (now - session.lastUsedAt.getTime() > this.config.sessionIdleMinutes * 60_000) return null;
    if (now - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.tx.run((m) => m.update(Session, { id: session.id }, { lastUsedAt: new Date(now) }));
    }
    const tenantSettings = resolveSettings(session.settings);
    return {
      userId: session.userId,
      tenantId: session.tenantId,
      role: session.role,
      displayName: session.displayName,
      locale: session.locale,
      sessionId: session.id,
      // A passkey counts as two factors; asked only of the few the policy would otherwise hold back.
      totpEnrollmentRequired:
        requiresTotpEnrollment(tenantSettings.privacy.require2fa, session.role, session.totpEnabledAt !== null, session.signedInWith) &&
        !(await this.passkeys.exists({ where: { userId: session.userId } })),
      tenantSettings,
      bookingAddedAt: session.bookingAddedAt,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.tx.run((m) => m.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() }));
  }

  /** Signs the person out everywhere, in the caller's transaction (password reset, 2FA reset by an admin). */
  async revokeAllOf(m: EntityManager, userId: string): Promise<void> {
    await m.update(Session, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Removes sessions that can never be used again; run by the `sessions.purge-expired` job. */
  async purgeExpired(now = new Date()): Promise<number> {
    const idleCutoff = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    return this.tx.run(async (m) => {
      const byExpiry = await m.delete(Session, { expiresAt: LessThan(now) });
      const byIdle = await m.delete(Session, { lastUsedAt: LessThan(idleCutoff) });
      const revoked = await m.delete(Session, { revokedAt: Not(IsNull()) });
      return (byExpiry.affected ?? 0) + (byIdle.affected ?? 0) + (revoked.affected ?? 0);
    });
  }
}
