import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from './user.entity.js';

/** A single-use invitation; only the SHA-256 of its token is stored. */
@Entity('invites')
@Index('UQ_invites_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_invites_user', ['userId'])
export class Invite {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_invites_user' })
  user?: Relation<User>;
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @DateTimeColumn() expiresAt: Date;
  @DateTimeColumn({ nullable: true }) usedAt: Date | null;
  @DateTimeColumn() createdAt: Date;
}
