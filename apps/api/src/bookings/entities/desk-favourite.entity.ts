import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN, IdColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';
import { User } from '../../users/entities/user.entity.js';

/**
 * A desk a person marked as a favourite; at most one of a person's favourites is their usual desk
 * (FavouritesRepository keeps that under the person's row lock). Gone with the person or the desk.
 */
@Entity('desk_favourites')
@Index('IDX_desk_favourites_desk', ['deskId'])
export class DeskFavourite {
  @PrimaryColumn({ ...ID_COLUMN }) userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_desk_favourites_user' })
  user?: Relation<User>;
  @PrimaryColumn({ ...ID_COLUMN }) deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_desk_favourites_desk' })
  desk?: Relation<Desk>;
  @IdColumn() tenantId: string;
  @Column({ type: 'boolean' }) usual: boolean;
  @DateTimeColumn() createdAt: Date;
}
