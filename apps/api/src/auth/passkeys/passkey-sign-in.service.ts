import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { LessThan, Repository } from 'typeorm';
import { SignInAuditService } from '../../audit/sign-in-audit.service.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { isUniqueViolation } from '../../database/unique-violation.js';
import { resolveSettings } from '../../tenants/settings.js';
import { TenantsRepository } from '../../tenants/tenants.repository.js';
import { AccountsRepository } from '../../users/accounts.repository.js';
import type { User } from '../../users/entities/user.entity.js';
import type { AuthResult } from '../auth.service.js';
import { SessionsService } from '../sessions.service.js';
import { policyCovers } from '../totp/two-factor-policy.js';
import { PasskeyInvalidError, PasskeyRequiredError } from './passkey-errors.js';
import { PASSKEY_CEREMONY_MS, userHandleOf, type RelyingParty, type SignInFlow } from './passkey-flows.js';
import { Passkey, UsedPasskeyChallenge } from '../entities/passkey.entity.js';
import { transportsOf } from './passkeys.service.js';

const hashChallenge = (challenge: string) => createHash('sha256').update(challenge).digest('hex');

/** Signing in with a passkey, and what passkeys change about signing in with a password. */
@Injectable()
export class PasskeySignInService {
  constructor(
    @InjectRepository(Passkey) private readonly passkeys: Repository<Passkey>,
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    private readonly sessions: SessionsService,
    private readonly signIns: SignInAuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Options for a discoverable credential: no allowCredentials, so nothing tells who has which passkey. */
  async options(rp: RelyingParty): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; flow: SignInFlow }> {
    const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required', timeout: PASSKEY_CEREMONY_MS });
    return { options, flow: { challenge: options.challenge } };
  }

  /**
   * Verifies the assertion and signs the person in. A passkey is possession and user verification
   * at once, so no TOTP is asked for. Every failure is the same PASSKEY_INVALID: unknown credential,
   * bad signature, wrong origin or RP ID, a challenge that is missing, expired or already answered,
   * a signature counter that went back.
   */
  async signIn(
    flow: SignInFlow | null,
    response: AuthenticationResponseJSON,
    rp: RelyingParty,
    userAgent: string | undefined,
  ): Promise<AuthResult> {
    if (!flow || typeof response?.id !== 'string') throw new PasskeyInvalidError();
    const passkey = await this.passkeys.findOne({ where: { credentialId: response.id } });
    if (!passkey) throw new PasskeyInvalidError();
    const user = await this.accounts.getById(passkey.userId);
    const handle = response.response?.userHandle;
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: flow.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
        counter: passkey.counter,
        transports: transportsOf(passkey),
      },
    }).catch(() => null);
    const handleMatches = !handle || handle === Buffer.from(userHandleOf(user.id)).toString('base64url');
    if (!verified?.verified || !handleMatches) {
      await this.signIns.recordFailure(user);
      throw new PasskeyInvalidError();
    }
    const { newCounter, credentialBackedUp } = verified.authenticationInfo;
    const tenant = await this.tenants.getById(user.tenantId);
    const now = new Date();
    const issued = await this.tx
      .run(async (m) => {
        // Each challenge is answered once, even by authenticators whose counter stays 0 and by two
        // requests at once: the primary key decides. Expired ones can never be presented again.
        await m.delete(UsedPasskeyChallenge, { expiresAt: LessThan(now) });
        await m.insert(UsedPasskeyChallenge, {
          challengeHash: hashChallenge(flow.challenge),
          expiresAt: new Date(now.getTime() + PASSKEY_CEREMONY_MS),
        });
        const moved = await m.update(
          Passkey,
          { id: passkey.id, counter: passkey.counter },
          { counter: newCounter, lastUsedAt: now, backedUp: credentialBackedUp },
        );
        if (!moved.affected) throw new PasskeyInvalidError();
        await this.signIns.recordSuccess(m, user, { twoFactor: true });
        return this.sessions.issue(user, userAgent, m, 'passkey');
      })
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? new PasskeyInvalidError() : err;
      });
    return { ...issued, user, tenant };
  }

  /**
   * Password sign-in of a person whom the tenant's 2FA policy covers, who has passkeys but no
   * authenticator app: the password alone is one factor, so they must use the passkey.
   */
  async refusePasswordOnlySignIn(user: User): Promise<void> {
    if (user.totpEnabledAt) return;
    const tenant = await this.tenants.getById(user.tenantId);
    if (!policyCovers(resolveSettings(tenant.settings).privacy.require2fa, user.role)) return;
    if (await this.passkeys.exists({ where: { userId: user.id } })) throw new PasskeyRequiredError();
  }
}
