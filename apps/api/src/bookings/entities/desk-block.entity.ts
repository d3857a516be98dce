import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';
import { Floor } from '../../places/entities/floor.entity.js';
import { User } from '../../users/entities/user.entity.js';

/**
 * Desks (or a whole floor) taken out of booking for [startsAt, endsAt): maintenance, an event.
 * A block without rows in `desk_block_desks` covers the whole floor, desks added later included.
 * "Blocks of a floor overlapping a window" reads IDX_desk_blocks_floor_span; a floor holds few
 * blocks, so no lower bound on startsAt is needed (blocks may last up to a year).
 */
@Entity('desk_blocks')
@Index('IDX_desk_blocks_floor_span', ['floorId', 'startsAt', 'endsAt'])
@Index('IDX_desk_blocks_tenant', ['tenantId'])
export class DeskBlock {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() floorId: string;
  @ManyToOne(() => Floor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floorId', foreignKeyConstraintName: 'FK_desk_blocks_floor' })
  floor?: Relation<Floor>;
  @DateTimeColumn() startsAt: Date;
  @DateTimeColumn() endsAt: Date;
  /** Staff's words about the desks (what people whose bookings it cancels read), not about a person. */
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @IdColumn({ nullable: true }) createdById: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdById', foreignKeyConstraintName: 'FK_desk_blocks_created_by' })
  createdBy?: Relation<User>;
  @DateTimeColumn() createdAt: Date;
}

/** One desk of a block that names desks. */
@Entity('desk_block_desks')
@Index('IDX_desk_block_desks_desk', ['deskId'])
export class DeskBlockDesk {
  @PrimaryColumn({ ...ID_COLUMN }) blockId: string;
  @ManyToOne(() => DeskBlock, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blockId', foreignKeyConstraintName: 'FK_desk_block_desks_block' })
  block?: Relation<DeskBlock>;
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_desk_block_desks_desk' })
  desk?: Relation<Desk>;
}
