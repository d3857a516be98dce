import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { PrivacyNoticeVersion } from '../../privacy-notices/entities/privacy-notice-version.entity.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

/**
 * A person accepted one notice version: what was shown (its hash), in which language, when; and when
 * they withdrew. At erasure `userId` becomes null and the rest stays, so acceptance counts stay right.
 */
@Entity('consents')
@Index('IDX_consents_user', ['tenantId', 'userId', 'acceptedAt'])
@Index('IDX_consents_version', ['noticeVersionId'])
export class Consent {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_consents_tenant' })
  tenant?: Relation<Tenant>;
  @IdColumn({ nullable: true }) userId: string | null;
  @IdColumn() noticeVersionId: string;
  @ManyToOne(() => PrivacyNoticeVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'noticeVersionId', foreignKeyConstraintName: 'FK_consents_version' })
  noticeVersion?: Relation<PrivacyNoticeVersion>;
  @Column({ type: 'varchar', length: 64 }) contentHash: string;
  @Column({ type: 'varchar', length: 8 }) locale: string;
  @DateTimeColumn() acceptedAt: Date;
  @DateTimeColumn({ nullable: true }) withdrawnAt: Date | null;
}
