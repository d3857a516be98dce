import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTimeout } from '../common/with-timeout.js';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import type { HealthDto } from './dto/health.dto.js';

const DB_TIMEOUT_MS = 2_000;

/** Asks the database and the queue whether they answer; the controller turns a down database into 503. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
  ) {}

  async report(): Promise<HealthDto> {
    const [db, queue] = await Promise.all([this.database(), this.jobs.status()]);
    return { status: db === 'up' && queue !== 'down' ? 'ok' : 'degraded', db, queue };
  }

  private async database(): Promise<'up' | 'down'> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), DB_TIMEOUT_MS, 'database ping');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
