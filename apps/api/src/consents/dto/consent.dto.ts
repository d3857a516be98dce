import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ConsentWithVersion } from '../consents.repository.js';

export class GiveConsentDto {
  @ApiProperty({ description: 'The version the person read; must be the current one (409 NOT_CURRENT_VERSION otherwise)' })
  @IsUUID()
  noticeVersionId: string;
}

export class ConsentDto {
  @ApiProperty() id: string;
  @ApiProperty() noticeVersionId: string;
  @ApiProperty() version: number;
  @ApiProperty() contentHash: string;
  @ApiProperty() locale: string;
  @ApiProperty({ format: 'date-time' }) acceptedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) withdrawnAt: string | null;
}

/** A consent record as the person (POST /consents, their export) and the tenant export see it. */
export function toConsentDto(c: ConsentWithVersion): ConsentDto {
  return {
    id: c.id,
    noticeVersionId: c.noticeVersionId,
    version: c.version,
    contentHash: c.contentHash,
    locale: c.locale,
    acceptedAt: c.acceptedAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  };
}

export class ConsentRecordDto {
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person was erased' }) userId: string | null;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ format: 'date-time' }) acceptedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) withdrawnAt: string | null;
}

/** GET /privacy-notice/versions/:id/consents (tenant_admin). */
export class ConsentReportDto {
  @ApiProperty({ description: 'Records of this version not withdrawn, also of people erased since (their record stays without them)' })
  accepted: number;
  @ApiProperty({ description: 'Members of the tenant who accepted their invitation (erased people are no members)' }) total: number;
  @ApiProperty({ type: [ConsentRecordDto] }) records: ConsentRecordDto[];
}

export class ConsentReportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}
