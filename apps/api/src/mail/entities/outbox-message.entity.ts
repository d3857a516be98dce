import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One message on its way (the transactional outbox): written in the transaction of what caused it,
 * delivered by a job. The payload (texts, links with tokens, attachments) is sealed with the
 * `mail-outbox` key and cleared once the message is sent or given up.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_due', ['status', 'nextAttemptAt'])
@Index('IDX_mail_outbox_user', ['userId'])
@Index('IDX_mail_outbox_address', ['toAddress', 'createdAt'])
export class OutboxMessage {
  @IdPrimaryColumn() id: string;
  @IdColumn({ nullable: true }) tenantId: string | null;
  /** The person it is for, when they have an account (erasure deletes their messages). */
  @IdColumn({ nullable: true }) userId: string | null;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_mail_outbox_user' })
  user?: Relation<User>;
  @Column({ type: 'varchar', length: 40 }) template: string;
  @Column({ type: 'varchar', length: 254 }) toAddress: string;
  @Column({ type: 'text', nullable: true }) sealedPayload: string | null;
  @Column({ type: 'varchar', length: 12 }) status: OutboxStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @DateTimeColumn() nextAttemptAt: Date;
  /** While one worker sends it; a worker that died leaves it to be retried after this. */
  @DateTimeColumn({ nullable: true }) lockedUntil: Date | null;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn({ nullable: true }) sentAt: Date | null;
}
