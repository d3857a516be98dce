import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';

/** One desk's bookings on one local day, for the desk ranking and the floor overlay. Counts only. (deskId, day) finds a desk's first booked day without reading its history. */
@Entity('utilization_desk_days')
@Index('IDX_utilization_desk_days_desk', ['deskId', 'day'])
export class UtilizationDeskDay {
  @PrimaryColumn({ ...ID_COLUMN }) floorId: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_utilization_desk_days_desk' })
  desk?: Relation<Desk>;
  @IdColumn() tenantId: string;
  @Column({ type: 'integer', default: 0 }) bookings: number;
  @Column({ type: 'integer', default: 0 }) bookedMinutes: number;
}
