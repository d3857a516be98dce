import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NOTICE_SOURCES, type NoticeSource } from '../entities/privacy-notice-version.entity.js';

/** Languages a notice is written in; the generated notice has every one of them. */
export const NOTICE_LANGUAGES = ['en', 'de'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];
/** MySQL's `text` holds 64 KB; at up to 4 bytes a character this always fits. Longer notices: upload a PDF. */
export const MAX_NOTICE_BODY_CHARS = 16_000;
export const MAX_NOTICE_PDF_BYTES = 10 * 1024 * 1024;

export class NoticeLanguageQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_LANGUAGES, description: 'Falls back to English, then to any language the version has' })
  @IsOptional()
  @IsIn(NOTICE_LANGUAGES)
  lang?: NoticeLanguage;
}

export class CurrentNoticeQueryDto extends NoticeLanguageQueryDto {
  @ApiPropertyOptional({ description: 'A version id (the one the caller accepted): `changesSince` lists what was published after it' })
  @IsOptional()
  @IsUUID()
  since?: string;
}

/** A change summary line of one version, in the asked language. */
export class NoticeChangeDto {
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
}

/** GET /privacy-notice/current: the notice to read (and accept), in one language. */
export class CurrentNoticeDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: NOTICE_SOURCES }) source: NoticeSource;
  @ApiProperty({ enum: NOTICE_LANGUAGES, description: 'The language of `title` and `body` (after fallback)' }) lang: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown: the short first layer, then the full text. Empty for a PDF notice.' }) body: string;
  @ApiPropertyOptional({ description: 'Set for a PDF notice: where to read it' }) pdfUrl?: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the content; a consent records it' }) contentHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'What changed with this version' }) changeSummary: string | null;
  @ApiProperty({
    type: [NoticeChangeDto],
    description: 'With `since`: the versions published after that one up to this one, oldest first; otherwise empty',
  })
  changesSince: NoticeChangeDto[];
}

/** GET /privacy-notice/preview: what `generated` would publish now (tenant_admin). */
export class NoticePreviewDto {
  @ApiProperty({ enum: NOTICE_LANGUAGES }) lang: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ description: 'SHA-256 of every language of the generated notice; equal to the current version’s when nothing changed' })
  contentHash: string;
  @ApiProperty({
    type: [String],
    description: 'Organization data the notice needs but the settings lack (e.g. organization.legalName); the notice says so plainly',
  })
  missing: string[];
}

/** A version in the admin's list, with how many of the tenant's people accepted it. */
export class NoticeVersionDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: NOTICE_SOURCES }) source: NoticeSource;
  @ApiProperty({ type: [String], description: 'Languages of the Markdown bodies; empty for a PDF' }) languages: string[];
  @ApiProperty() hasPdf: boolean;
  @ApiProperty() contentHash: string;
  @ApiProperty({ nullable: true, type: String, description: 'In the asked language (fallback: English)' }) changeSummary: string | null;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Display name of the admin; null when the system published it' })
  publishedBy: string | null;
  @ApiProperty() current: boolean;
  @ApiProperty({ description: 'People who accepted this version and have not withdrawn' }) accepted: number;
  @ApiProperty({ description: 'Active members of the tenant' }) total: number;
}

/** POST /privacy-notice/versions as JSON: republish the generated notice, or publish custom Markdown. */
export class PublishNoticeDto {
  @ApiProperty({ enum: NOTICE_SOURCES }) @IsIn(NOTICE_SOURCES) source: NoticeSource;
  @ApiPropertyOptional({
    description: 'custom only: Markdown per language (`en` required), each at most 16,000 characters',
    example: { en: '# Privacy notice\n…', de: '# Datenschutzhinweis\n…' },
  })
  @IsOptional()
  @IsObject()
  bodies?: Record<string, string>;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) changeSummary?: string;
}
