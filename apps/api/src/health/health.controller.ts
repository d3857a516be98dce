import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/decorators.js';
import { RETRY_AFTER_SECONDS } from '../common/errors/service-unavailable.js';
import { HealthDto, LiveDto } from './dto/health.dto.js';
import { HealthService } from './health.service.js';

/**
 * Three views of the same instance. `live`: the process serves (restart it if not). `ready`: it can
 * serve requests, i.e. the database answers; what a load balancer checks. Redis is reported but never
 * fails it: without Redis, booking works and only jobs wait, and taking every instance out of the
 * pool because of it would stop booking too. `/health`: the overview, the same answer as `ready`.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Database and queue: 200 ok or degraded (Redis down), 503 when the database is down' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database is down' })
  check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    return this.report(res);
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'For load balancers: 200 while the database answers; Redis is reported, not required' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database is down' })
  ready(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    return this.report(res);
  }

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'For process supervisors: 200 while the process serves; checks no dependency' })
  @ApiOkResponse({ type: LiveDto })
  live(): LiveDto {
    return { status: 'ok' };
  }

  private async report(res: Response): Promise<HealthDto> {
    const report = await this.health.report();
    if (report.db === 'down') {
      res.status(503);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    return report;
  }
}
