import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ID_COLUMN } from '../../database/columns.js';
import { PrivacyNoticeVersion } from './privacy-notice-version.entity.js';

/** A version's Markdown in one language (`en`, `de`, …). */
@Entity('privacy_notice_bodies')
export class PrivacyNoticeBody {
  @PrimaryColumn({ ...ID_COLUMN }) versionId: string;
  @ManyToOne(() => PrivacyNoticeVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'versionId', foreignKeyConstraintName: 'FK_privacy_notice_bodies_version' })
  noticeVersion?: Relation<PrivacyNoticeVersion>;
  @PrimaryColumn({ type: 'varchar', length: 8 }) lang: string;
  /** MySQL's `text` holds 64 KB: bodies are capped well below (MAX_NOTICE_BODY_CHARS). */
  @Column({ type: 'text' }) body: string;
}
