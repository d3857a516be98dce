import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, AuditLogQueryDto, toAuditEventDto } from './dto/audit-event.dto.js';

const DEFAULT_WINDOW_MS = 30 * 24 * 3_600_000;

@ApiTags('admin')
@Controller('admin/audit-log')
@Roles('tenant_admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: [AuditEventDto] })
  async list(@Query() query: AuditLogQueryDto): Promise<AuditEventDto[]> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_WINDOW_MS);
    if (from > to)
      throw new ValidationFailedError([{ field: 'from', messages: ['from must not be after to'] }], 'from must not be after to');
    return (await this.audit.list(from, to)).map(toAuditEventDto);
  }
}
