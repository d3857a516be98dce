import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { AuditService, type AuditAction } from '../../audit/audit.service.js';
import type { Principal } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { AccountsRepository } from '../../users/accounts.repository.js';
import type { User } from '../../users/entities/user.entity.js';
import { RecoveryCode } from '../entities/recovery-code.entity.js';
import { verifyPassword } from '../password-hasher.js';
import { deriveKey } from '../secrets.js';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode } from './recovery-codes.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';
import { openSecret, sealSecret } from './totp-secret-box.js';

/** A setup not confirmed within this time must be started again. */
const PENDING_VALIDITY_MS = 15 * 60_000;

export class PasswordIncorrectError extends DomainError {
  constructor() {
    super(403, 'PASSWORD_INCORRECT', 'The password is not correct');
  }
}

export class TotpInvalidError extends DomainError {
  constructor(status = 400) {
    super(status, 'TOTP_INVALID', 'The code is not valid. Check the time on your phone and try the current code.');
  }
}

export class RecoveryCodeUsedError extends DomainError {
  constructor(status = 400) {
    super(
      status,
      'RECOVERY_CODE_USED',
      'This recovery code was already used. Each code works once; use another one or the code from your app.',
    );
  }
}

export class TotpNotEnabledError extends DomainError {
  constructor() {
    super(409, 'TOTP_NOT_ENABLED', 'Two-factor authentication is not on');
  }
}

export type SecondFactor = 'totp' | 'recovery_code';
/**
 * Why a second factor was refused. A used recovery code is told apart from a wrong one: it is only
 * asked for after the password was right, so it tells nothing to someone without the password.
 */
export type SecondFactorRefusal = 'wrong_code' | 'recovery_code_used';

export const isSecondFactor = (verdict: SecondFactor | SecondFactorRefusal): verdict is SecondFactor =>
  verdict === 'totp' || verdict === 'recovery_code';

export function secondFactorRefusalError(refusal: SecondFactorRefusal, status: number): DomainError {
  return refusal === 'recovery_code_used' ? new RecoveryCodeUsedError(status) : new TotpInvalidError(status);
}

@Injectable()
export class TwoFactorService {
  private readonly secretKey: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly accounts: AccountsRepository,
    @InjectRepository(RecoveryCode) private readonly recoveryCodes: Repository<RecoveryCode>,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secretKey = deriveKey(config.appSecret, 'totp-encryption');
    this.recoveryKey = deriveKey(config.appSecret, 'recovery-codes');
  }

  async setup(principal: Principal, password: string): Promise<{ otpauthUrl: string; qrCodeDataUrl: string; secret: string }> {
    const user = await this.reauthenticate(principal, password);
    if (user.totpEnabledAt) throw new DomainError(409, 'TOTP_ALREADY_ENABLED', 'Two-factor authentication is already on');
    const secret = newTotpSecret();
    await this.tx.run((m) =>
      this.accounts.setTotp(m, user.id, { totpPendingSecret: sealSecret(this.secretKey, secret), totpPendingSince: new Date() }),
    );
    const otpauthUrl = totpUri(secret, user.email);
    return { otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 }), secret };
  }

  /** Confirms the pending secret with a first code and returns the recovery codes, once. */
  async enable(principal: Principal, code: string): Promise<string[]> {
    const user = await this.accounts.getById(principal.userId);
    if (user.totpEnabledAt) throw new DomainError(409, 'TOTP_ALREADY_ENABLED', 'Two-factor authentication is already on');
    const pendingFresh = user.totpPendingSince && Date.now() - user.totpPendingSince.getTime() < PENDING_VALIDITY_MS;
    if (!user.totpPendingSecret || !pendingFresh) {
      throw new DomainError(409, 'TOTP_SETUP_MISSING', 'Start the setup again: scan a new QR code');
    }
    const step = await matchTotp(openSecret(this.secretKey, user.totpPendingSecret), code, null);
    if (step === null) throw new TotpInvalidError();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.tx.run(async (m) => {
      const enabled = await this.accounts.setTotp(
        m,
        user.id,
        {
          totpSecret: user.totpPendingSecret,
          totpPendingSecret: null,
          totpPendingSince: null,
          totpEnabledAt: new Date(),
          totpLastStep: step,
        },
        { totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      );
      if (!enabled) throw new DomainError(409, 'TOTP_SETUP_MISSING', 'Start the setup again: scan a new QR code');
      await this.replaceRecoveryCodes(m, user.id, codes);
      await this.recordOwnEvent(m, user, '2fa.enabled');
    });
    return codes;
  }

  async disable(principal: Principal, password: string, code: string): Promise<void> {
    const user = await this.reauthenticateWithSecondFactor(principal, password, code);
    await this.tx.run(async (m) => {
      await this.accounts.setTotp(m, user.id, {
        totpSecret: null,
        totpPendingSecret: null,
        totpPendingSince: null,
        totpEnabledAt: null,
        totpLastStep: null,
      });
      await m.delete(RecoveryCode, { userId: user.id });
      await this.recordOwnEvent(m, user, '2fa.disabled');
    });
  }

  /** How many of the person's recovery codes are still unused. */
  async remainingRecoveryCodes(principal: Principal): Promise<number> {
    const user = await this.accounts.getInTenant(principal.userId, principal.tenantId);
    if (!user.totpEnabledAt) throw new TotpNotEnabledError();
    return this.recoveryCodes.count({ where: { userId: user.id, usedAt: IsNull() } });
  }

  /** New recovery codes for the password and a current code; the old ones stop working. */
  async regenerateRecoveryCodes(principal: Principal, password: string, code: string): Promise<string[]> {
    const user = await this.reauthenticateWithSecondFactor(principal, password, code);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.tx.run(async (m) => {
      await this.replaceRecoveryCodes(m, user.id, codes);
      await this.recordOwnEvent(m, user, '2fa.recovery_codes_regenerated');
    });
    return codes;
  }

  /** The password and a second factor, for changes to 2FA itself (turning it off, new recovery codes). */
  private async reauthenticateWithSecondFactor(principal: Principal, password: string, code: string): Promise<User> {
    const user = await this.reauthenticate(principal, password);
    if (!user.totpEnabledAt) throw new TotpNotEnabledError();
    const verdict = await this.verifySecondFactor(user, code);
    if (!isSecondFactor(verdict)) throw secondFactorRefusalError(verdict, 400);
    return user;
  }

  /**
   * A 6-digit code or a recovery code, each accepted at most once: the time step advances with one
   * conditional UPDATE and a recovery code is claimed with one, so two requests (or two API
   * instances) can never both accept the same code.
   */
  async verifySecondFactor(user: User, code: string): Promise<SecondFactor | SecondFactorRefusal> {
    if (!user.totpSecret) return 'wrong_code';
    const trimmed = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(trimmed)) {
      const step = await matchTotp(openSecret(this.secretKey, user.totpSecret), trimmed, user.totpLastStep);
      if (step === null) return 'wrong_code';
      const advanced = await this.tx.run((m) => this.accounts.advanceTotpStep(m, user.id, step));
      return advanced ? 'totp' : 'wrong_code';
    }
    if (!looksLikeRecoveryCode(trimmed)) return 'wrong_code';
    const codeHash = hashRecoveryCode(this.recoveryKey, trimmed);
    return this.tx.run(async (m): Promise<SecondFactor | SecondFactorRefusal> => {
      const claimed = await m.update(RecoveryCode, { userId: user.id, codeHash, usedAt: IsNull() }, { usedAt: new Date() });
      if (claimed.affected !== 1) {
        return (await m.exists(RecoveryCode, { where: { userId: user.id, codeHash } })) ? 'recovery_code_used' : 'wrong_code';
      }
      await this.recordOwnEvent(m, user, '2fa.recovery_code_used');
      return 'recovery_code' as const;
    });
  }

  /** An event a person caused on their own account: they are actor and target. */
  private recordOwnEvent(m: EntityManager, user: User, action: AuditAction): Promise<void> {
    return this.audit.record(m, { tenantId: user.tenantId, actorUserId: user.id, action, targetType: 'user', targetId: user.id });
  }

  private async replaceRecoveryCodes(m: EntityManager, userId: string, codes: string[]): Promise<void> {
    await m.delete(RecoveryCode, { userId });
    const now = new Date();
    await m.insert(
      RecoveryCode,
      codes.map((code) => ({ id: randomUUID(), userId, codeHash: hashRecoveryCode(this.recoveryKey, code), usedAt: null, createdAt: now })),
    );
  }

  private async reauthenticate(principal: Principal, password: string): Promise<User> {
    const user = await this.accounts.getInTenant(principal.userId, principal.tenantId);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) throw new PasswordIncorrectError();
    return user;
  }
}
