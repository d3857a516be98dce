import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoTimeWithOffset } from '../../common/validation/iso-time.js';
import { Optional } from '../../common/validation/optional.js';
import type { AuditEventView } from '../audit.service.js';

export class AuditLogQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z; default 30 days ago' })
  @Optional()
  @IsIsoTimeWithOffset()
  from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z; default now' }) @Optional() @IsIsoTimeWithOffset() to?: string;
}

export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorDisplayName: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) details: Record<string, unknown> | null;
  @ApiProperty() at: string;
}

export function toAuditEventDto({ event, actorDisplayName }: AuditEventView): AuditEventDto {
  return {
    id: event.id,
    action: event.action,
    actorUserId: event.actorUserId,
    actorDisplayName,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
    at: event.at.toISOString(),
  };
}
