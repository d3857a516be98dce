import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN, IdColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/**
 * A person's calendar subscription (GET /calendar/:token.ics): one per person. The feed is found by
 * the SHA-256 of its token; the token itself is sealed (AES-256-GCM, key derived from APP_SECRET), so
 * a copy of the database alone opens no feed, yet the Account page can show the URL again.
 */
@Entity('calendar_feeds')
@Index('UQ_calendar_feeds_token_hash', ['tokenHash'], { unique: true })
export class CalendarFeed {
  @PrimaryColumn({ ...ID_COLUMN }) userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_calendar_feeds_user' })
  user?: Relation<User>;
  @IdColumn() tenantId: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'varchar', length: 255 }) sealedToken: string;
  @DateTimeColumn() createdAt: Date;
}
