import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Location } from './location.entity.js';

/** A floor; its plan image lives in `floor_plans` so listing floors never loads megabytes. */
@Entity('floors')
@Index('IDX_floors_location', ['locationId'])
@Index('IDX_floors_tenant', ['tenantId'])
export class Floor {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() locationId: string;
  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'locationId', foreignKeyConstraintName: 'FK_floors_location' })
  location?: Relation<Location>;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'integer', default: 0 }) level: number;
  @Column({ type: 'varchar', length: 40, nullable: true }) planMimeType: string | null;
  @Column({ type: 'integer', nullable: true }) planWidth: number | null;
  @Column({ type: 'integer', nullable: true }) planHeight: number | null;
  @DateTimeColumn() createdAt: Date;
}
