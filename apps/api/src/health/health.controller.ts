import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/decorators.js';
import { RETRY_AFTER_SECONDS } from '../common/errors/service-unavailable.js';
import { JOB_RUNNER, type JobRunner, type QueueStatus } from '../jobs/job-runner.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded: a dependency is down (Redis: booking still works, jobs wait)' })
  status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'in-process', 'down'] }) queue: QueueStatus;
}

export class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

const DB_TIMEOUT_MS = 2_000;

/**
 * Three views of the same instance. `live`: the process serves (restart it if not). `ready`: it can
 * serve requests, i.e. the database answers; what a load balancer checks. Redis is reported but never
 * fails it: without Redis, booking works and only jobs wait, and taking every instance out of the
 * pool because of it would stop booking too. `/health`: the overview, the same answer as `ready`.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
  ) {}

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
    const [db, queue] = await Promise.all([this.database(), this.jobs.status()]);
    if (db === 'down') {
      res.status(503);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    return { status: db === 'up' && queue !== 'down' ? 'ok' : 'degraded', db, queue };
  }

  private async database(): Promise<'up' | 'down'> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DB_TIMEOUT_MS).unref()),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
