import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DATETIME_COLUMN, ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Desk } from './desk.entity.js';

/**
 * When a desk became bookable or not (a row at creation, then one per change), so utilization of a
 * past day is divided by the desks that were bookable that day, not by today's.
 */
@Entity('desk_bookability_changes')
export class DeskBookabilityChange {
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_desk_bookability_changes_desk' })
  desk?: Relation<Desk>;
  @PrimaryColumn({ ...DATETIME_COLUMN }) changedAt: Date;
  @IdColumn() tenantId: string;
  @Column({ type: 'boolean' }) bookable: boolean;
}
