import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoTimeWithOffset } from '../../common/validation/iso-time.js';
import { Optional } from '../../common/validation/optional.js';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditEventView, type AuditTargetType } from '../audit.service.js';

export class AuditLogQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z; default 30 days ago' })
  @Optional()
  @IsIsoTimeWithOffset()
  from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z; default now' }) @Optional() @IsIsoTimeWithOffset() to?: string;
}

export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action: AuditAction;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorDisplayName: string | null;
  @ApiProperty({ nullable: true, enum: AUDIT_TARGET_TYPES, enumName: 'AuditTargetType' }) targetType: AuditTargetType | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description:
      'Structured, never worded: ids, roles, counts, place names. settings.changed: { changes: [{ setting, from, to }] } (older events: { changed, before, after }); user.role_changed: { from, to }; auth.sign_in_failed: { failures, firstAt }; *.updated: { changed: [field] }; privacy_notice.published: { version, source, pdf, trigger? (signup, settings_changed, backfill) }',
  })
  details: Record<string, unknown> | null;
  @ApiProperty() at: string;
}

export function toAuditEventDto({ event, actorDisplayName }: AuditEventView): AuditEventDto {
  return {
    id: event.id,
    action: event.action as AuditAction,
    actorUserId: event.actorUserId,
    actorDisplayName,
    targetType: event.targetType as AuditTargetType | null,
    targetId: event.targetId,
    details: event.details,
    at: event.at.toISOString(),
  };
}
