import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ErrorDto } from '../common/errors/error-response.js';
import { AnonymizationService } from './anonymization.service.js';
import { AnonymizationRunStartedDto, AnonymizationStatusDto } from './dto/anonymization.dto.js';

@ApiTags('admin')
@Controller('admin/anonymization')
@Roles('tenant_admin')
export class AnonymizationController {
  constructor(private readonly anonymization: AnonymizationService) {}

  @Post('run')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AnonymizationRunStartedDto, description: 'The sweep of this tenant is queued' })
  @ApiServiceUnavailableResponse({ type: ErrorDto, description: 'SERVICE_UNAVAILABLE: the job queue is unreachable; no run was started' })
  async run(@CurrentPrincipal() principal: Principal): Promise<AnonymizationRunStartedDto> {
    return { runId: await this.anonymization.requestRun(principal.tenantId) };
  }

  @Get('status')
  @ApiOkResponse({ type: AnonymizationStatusDto })
  async status(@CurrentPrincipal() principal: Principal): Promise<AnonymizationStatusDto> {
    const status = await this.anonymization.status(principal.tenantId);
    return { ...status, lastRunAt: status.lastRunAt?.toISOString() ?? null };
  }
}
