import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';

/** One desk's bookings in one month (YYYY-MM): the sums of its utilization_desk_days, for long ranges. Counts only. */
@Entity('utilization_desk_months')
@Index('IDX_utilization_desk_months_desk', ['deskId'])
export class UtilizationDeskMonth {
  @PrimaryColumn({ ...ID_COLUMN }) floorId: string;
  @PrimaryColumn({ type: 'varchar', length: 7 }) month: string;
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_utilization_desk_months_desk' })
  desk?: Relation<Desk>;
  @IdColumn() tenantId: string;
  @Column({ type: 'integer', default: 0 }) bookings: number;
  @Column({ type: 'integer', default: 0 }) bookedMinutes: number;
}
