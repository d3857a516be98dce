import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Floor } from './floor.entity.js';

@Entity('desks')
@Index('UQ_desks_floor_label', ['floorId', 'label'], { unique: true })
@Index('IDX_desks_tenant', ['tenantId'])
export class Desk {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() floorId: string;
  @ManyToOne(() => Floor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floorId', foreignKeyConstraintName: 'FK_desks_floor' })
  floor?: Relation<Floor>;
  @Column({ type: 'varchar', length: 40 }) label: string;
  /** Position in plan coordinates (pixels of the plan image, origin top left). */
  @Column({ type: 'double' }) x: number;
  @Column({ type: 'double' }) y: number;
  @Column({ type: 'varchar', length: 60, nullable: true }) zone: string | null;
  @Column({ type: 'simple-json' }) amenities: string[];
  @Column({ type: 'boolean', default: true }) bookable: boolean;
  @DateTimeColumn() createdAt: Date;
}
