import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Location } from '../../places/entities/location.entity.js';

const COUNT = { type: 'integer', default: 0 } as const;

/**
 * The counts one local day of one scope is made of: the whole location (floorId ''), a floor
 * (zone ''), or a zone of either. Counts only, never a person (README "Utilization analytics").
 */
@Entity('utilization_days')
export class UtilizationDay {
  @PrimaryColumn({ ...ID_COLUMN }) locationId: string;
  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'locationId', foreignKeyConstraintName: 'FK_utilization_days_location' })
  location?: Relation<Location>;
  /** '' for the whole location. */
  @PrimaryColumn({ ...ID_COLUMN }) floorId: string;
  /** '' for every zone. */
  @PrimaryColumn({ type: 'varchar', length: 60 }) zone: string;
  /** Local date in the location's time zone, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @IdColumn() tenantId: string;
  /** Bookings not cancelled (released no-shows included: the desk was held for them). */
  @Column(COUNT) bookings: number;
  /** Booked minutes inside the day's opening hours. */
  @Column(COUNT) bookedMinutes: number;
  /** Desks with at least one booking that day. */
  @Column(COUNT) desksUsed: number;
  /** Most desks booked at one moment of the day. */
  @Column(COUNT) peakConcurrent: number;
  @Column(COUNT) checkIns: number;
  /** Released by the no-show release: booked, never checked in. */
  @Column(COUNT) noShows: number;
  /** Cancelled by the person, staff or erasure; they count in the cancellation rate only. */
  @Column(COUNT) cancellations: number;
  /** Desks booked during each local clock hour 0…23. */
  @Column({ type: 'simple-json' }) hourlyDesks: number[];
  /** How many bookings were made how many days ahead: { "0": 3, "2": 1 }. */
  @Column({ type: 'simple-json' }) leadTimes: Record<string, number>;
}
