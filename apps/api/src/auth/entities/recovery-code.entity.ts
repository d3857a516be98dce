import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/** A single-use 2FA recovery code; only its keyed hash is stored. */
@Entity('recovery_codes')
@Index('IDX_recovery_codes_user', ['userId'])
export class RecoveryCode {
  @IdPrimaryColumn() id: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_recovery_codes_user' })
  user?: Relation<User>;
  @Column({ type: 'varchar', length: 64 }) codeHash: string;
  @DateTimeColumn({ nullable: true }) usedAt: Date | null;
  @DateTimeColumn() createdAt: Date;
}
