import { ApiProperty } from '@nestjs/swagger';
import type { QueueStatus } from '../../jobs/job-runner.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded: a dependency is down (Redis: booking still works, jobs wait)' })
  status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'in-process', 'down'] }) queue: QueueStatus;
}

export class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}
