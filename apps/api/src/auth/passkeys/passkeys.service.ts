import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { Repository, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../../audit/audit.service.js';
import type { Principal } from '../../common/context/request-context.js';
import { NotFoundError, ValidationFailedError } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { isUniqueViolation } from '../../database/unique-violation.js';
import { AccountsRepository } from '../../users/accounts.repository.js';
import { UsersRepository } from '../../users/users.repository.js';
import { verifyPassword } from '../password-hasher.js';
import { policyCovers } from '../totp/two-factor-policy.js';
import { PasswordIncorrectError } from '../totp/two-factor.service.js';
import { PasskeyExistsError, PasskeyRegistrationFailedError, LastSecondFactorError } from './passkey-errors.js';
import { PASSKEY_CEREMONY_MS, userHandleOf, type RegistrationFlow, type RelyingParty } from './passkey-flows.js';
import { Passkey } from '../entities/passkey.entity.js';

/** What a person may change of a passkey, and what they see. */
export type PasskeyView = Pick<Passkey, 'id' | 'name' | 'createdAt' | 'lastUsedAt' | 'backedUp'>;

/** A person's own passkeys: adding one (WebAuthn registration), listing, renaming, removing. */
@Injectable()
export class PasskeysService {
  constructor(
    @InjectRepository(Passkey) private readonly passkeys: Repository<Passkey>,
    private readonly accounts: AccountsRepository,
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * Registration options for the browser. A person with a password types it again first (a session
   * left open on a shared computer must not be enough to add a way in); one without (SSO) does not.
   */
  async registrationOptions(
    principal: Principal,
    password: string | undefined,
    rp: RelyingParty,
  ): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; flow: RegistrationFlow }> {
    const user = await this.accounts.getInTenant(principal.userId, principal.tenantId);
    if (user.passwordHash) {
      if (!password) throw new ValidationFailedError([{ field: 'password', messages: ['password is required'] }], 'Enter your password');
      if (!(await verifyPassword(user.passwordHash, password))) throw new PasswordIncorrectError();
    }
    const own = await this.passkeys.find({ select: { credentialId: true, transports: true }, where: { userId: user.id } });
    const options = await generateRegistrationOptions({
      rpName: 'Deskbook',
      rpID: rp.rpID,
      userName: user.email,
      userDisplayName: user.displayName,
      userID: userHandleOf(user.id),
      attestationType: 'none',
      timeout: PASSKEY_CEREMONY_MS,
      excludeCredentials: own.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })),
      authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    });
    return { options, flow: { challenge: options.challenge, userId: user.id } };
  }

  /** Verifies the authenticator's answer to the options and stores the passkey under the given name. */
  async register(
    principal: Principal,
    flow: RegistrationFlow | null,
    name: string,
    response: RegistrationResponseJSON,
    rp: RelyingParty,
  ): Promise<PasskeyView> {
    if (!flow || flow.userId !== principal.userId) throw new PasskeyRegistrationFailedError();
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: flow.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    }).catch(() => null);
    if (!verified?.verified) throw new PasskeyRegistrationFailedError();
    const { credential, credentialBackedUp } = verified.registrationInfo;
    if (credential.id.length > 512) throw new PasskeyRegistrationFailedError();
    const passkey: Passkey = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      userId: principal.userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: (credential.transports ?? []).join(','),
      backedUp: credentialBackedUp,
      name: name.trim(),
      createdAt: new Date(),
      lastUsedAt: null,
    };
    await this.tx
      .run(async (m) => {
        await m.insert(Passkey, passkey);
        await this.record(m, principal, 'passkey.added', passkey.id);
      })
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? new PasskeyExistsError() : err;
      });
    return passkey;
  }

  list(principal: Principal): Promise<PasskeyView[]> {
    return this.passkeys.find({
      select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
      where: { userId: principal.userId, tenantId: principal.tenantId },
      order: { createdAt: 'ASC' },
    });
  }

  count(userId: string): Promise<number> {
    return this.passkeys.count({ where: { userId } });
  }

  async rename(principal: Principal, id: string, name: string): Promise<PasskeyView> {
    return this.tx.run(async (m) => {
      const passkey = await this.ownPasskey(m, principal, id);
      passkey.name = name.trim();
      await m.update(Passkey, { id }, { name: passkey.name });
      await this.record(m, principal, 'passkey.renamed', id);
      return passkey;
    });
  }

  /**
   * Removes a passkey, unless it is the last second factor of a person the tenant's 2FA policy
   * covers: they would be locked out of everything but the enrolment screen at the next sign-in.
   */
  async remove(principal: Principal, id: string): Promise<void> {
    await this.tx.run(async (m) => {
      // The person's row serializes removals (MySQL): two at once cannot both see "one more left".
      await this.users.lockForUpdate(m, [principal.userId]);
      await this.ownPasskey(m, principal, id);
      if (policyCovers(principal.tenantSettings.privacy.require2fa, principal.role)) {
        const user = await this.accounts.getInTenant(principal.userId, principal.tenantId);
        const others = await m.count(Passkey, { where: { userId: principal.userId } });
        if (!user.totpEnabledAt && others <= 1) throw new LastSecondFactorError();
      }
      await m.delete(Passkey, { id });
      await this.record(m, principal, 'passkey.removed', id);
    });
  }

  /** Another person's or tenant's passkey is as unknown as one that never existed. */
  private async ownPasskey(m: EntityManager, principal: Principal, id: string): Promise<Passkey> {
    const passkey = await m.findOne(Passkey, { where: { id, userId: principal.userId, tenantId: principal.tenantId } });
    if (!passkey) throw new NotFoundError('Passkey');
    return passkey;
  }

  /** The person is actor and target; the passkey's id goes in the details (never its name). */
  private record(m: EntityManager, principal: Principal, action: AuditAction, passkeyId: string): Promise<void> {
    return this.audit.record(m, {
      tenantId: principal.tenantId,
      actorUserId: principal.userId,
      action,
      targetType: 'user',
      targetId: principal.userId,
      details: { passkeyId },
    });
  }
}

/** The stored transports as WebAuthn lists them (the browser's hint which way to reach the authenticator). */
export const transportsOf = (p: Pick<Passkey, 'transports'>): string[] => (p.transports ? p.transports.split(',') : []);
