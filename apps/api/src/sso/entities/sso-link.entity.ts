import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';

/** Which person an identity provider's subject is: (issuer, sub) names one person, forever. */
@Entity('sso_links')
@Index('UQ_sso_links_issuer_subject', ['issuer', 'subject'], { unique: true })
@Index('IDX_sso_links_user', ['userId'])
export class SsoLink {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_sso_links_user' })
  user?: Relation<User>;
  @Column({ type: 'varchar', length: 500 }) issuer: string;
  @Column({ type: 'varchar', length: 255 }) subject: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() lastLoginAt: Date;
}
