import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/** A password-reset link that was mailed; only the SHA-256 of its token is stored. */
@Entity('password_resets')
@Index('UQ_password_resets_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_password_resets_user', ['userId'])
@Index('IDX_password_resets_expires', ['expiresAt'])
export class PasswordReset {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_password_resets_user' })
  user?: Relation<User>;
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() expiresAt: Date;
  @DateTimeColumn({ nullable: true }) usedAt: Date | null;
}
