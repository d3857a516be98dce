import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/** MariaDB hands bigint columns back as strings; a signature counter fits a JavaScript number. */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/** A WebAuthn credential (passkey) a person signs in with; only its public key is stored. */
@Entity('passkeys')
@Index('UQ_passkeys_credential', ['credentialId'], { unique: true })
@Index('IDX_passkeys_user', ['userId'])
@Index('IDX_passkeys_tenant', ['tenantId'])
export class Passkey {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_passkeys_user' })
  user?: Relation<User>;
  /** base64url, as the browser names the credential; unique across tenants, so a sign-in finds its person. */
  @Column({ type: 'varchar', length: 512 }) credentialId: string;
  /** The COSE public key, base64url. */
  @Column({ type: 'text' }) publicKey: string;
  /** The authenticator's signature counter at the last sign-in (0 for authenticators that do not count). */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) counter: number;
  /** Comma-separated WebAuthn transports (`internal,hybrid`), a hint for the browser. */
  @Column({ type: 'varchar', length: 255 }) transports: string;
  /** Synced to the person's other devices (a password manager, iCloud Keychain, …). */
  @Column({ type: 'boolean' }) backedUp: boolean;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn({ nullable: true }) lastUsedAt: Date | null;
}

/** A sign-in challenge already answered, kept until it expires: each is accepted once. */
@Entity('passkey_challenges')
@Index('IDX_passkey_challenges_expiry', ['expiresAt'])
export class UsedPasskeyChallenge {
  @PrimaryColumn({ type: 'varchar', length: 64 }) challengeHash: string;
  @DateTimeColumn() expiresAt: Date;
}
