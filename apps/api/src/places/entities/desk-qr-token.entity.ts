import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Desk } from './desk.entity.js';

/**
 * The opaque token printed as a desk's QR code (migration 1765000300000-DeskQrTokens says why it is
 * a table of its own). Random, never derived from an id; replaced floor by floor.
 */
@Entity('desk_qr_tokens')
@Index('UQ_desk_qr_tokens_token', ['token'], { unique: true })
export class DeskQrToken {
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_desk_qr_tokens_desk' })
  desk?: Relation<Desk>;
  @IdColumn() tenantId: string;
  @Column({ type: 'varchar', length: 32 }) token: string;
  @DateTimeColumn() createdAt: Date;
}
