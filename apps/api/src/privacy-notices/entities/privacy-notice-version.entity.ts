import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

export const NOTICE_SOURCES = ['generated', 'custom'] as const;
export type NoticeSource = (typeof NOTICE_SOURCES)[number];

/**
 * One publication of a tenant's privacy notice: immutable once written, numbered 1, 2, … per tenant.
 * Its text (per language) is in `privacy_notice_bodies`, a PDF in `privacy_notice_pdfs`.
 */
@Entity('privacy_notice_versions')
@Index('UQ_privacy_notice_versions_tenant_version', ['tenantId', 'version'], { unique: true })
export class PrivacyNoticeVersion {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_privacy_notice_versions_tenant' })
  tenant?: Relation<Tenant>;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 16 }) source: NoticeSource;
  /** SHA-256 (hex) of exactly what is shown: the bodies in language order, or the PDF's bytes. */
  @Column({ type: 'varchar', length: 64 }) contentHash: string;
  /** What changed, per language (`{ en, de }`); null for version 1. */
  @Column({ type: 'simple-json', nullable: true }) changeSummary: Record<string, string> | null;
  @DateTimeColumn() publishedAt: Date;
  /** The admin who published it; null when the system did (sign-up, auto-republish) or once erased. */
  @IdColumn({ nullable: true }) publishedBy: string | null;
}
