import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/** Server-side session behind every token: deleting or revoking it makes the token useless. */
@Entity('sessions')
@Index('IDX_sessions_user', ['userId'])
@Index('IDX_sessions_expires', ['expiresAt'])
export class Session {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_sessions_user' })
  user?: Relation<User>;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() lastUsedAt: Date;
  /** Absolute timeout; the idle timeout is measured from lastUsedAt. */
  @DateTimeColumn() expiresAt: Date;
  @DateTimeColumn({ nullable: true }) revokedAt: Date | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) userAgent: string | null;
  /** How the session began; null for sessions older than the column. */
  @Column({ type: 'varchar', length: 16, nullable: true }) signedInWith: SignInMethod | null;
}

export type SignInMethod = 'password' | 'sso' | 'passkey';
