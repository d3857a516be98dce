import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { BullMqJobProcessor, BullMqJobRunner } from './bullmq.job-runner.js';
import { InProcessJobRunner } from './in-process.job-runner.js';
import { JOB_RUNNER, QUEUE_NAME } from './job-runner.js';

@Global()
@Module({})
export class JobsModule {
  static forRoot(config: Pick<AppConfig, 'redisUrl' | 'queuePrefix'>): DynamicModule {
    if (!config.redisUrl) {
      return {
        module: JobsModule,
        providers: [InProcessJobRunner, { provide: JOB_RUNNER, useExisting: InProcessJobRunner }],
        exports: [JOB_RUNNER],
      };
    }
    const url = new URL(config.redisUrl);
    const connection = {
      host: url.hostname,
      port: url.port ? Number(url.port) : 6379,
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // Workers block on Redis and need this; see BullMQ's connection docs.
      maxRetriesPerRequest: null,
    };
    return {
      module: JobsModule,
      imports: [
        BullModule.forRoot({ connection, prefix: config.queuePrefix }),
        // The producer fails fast when Redis is gone instead of queueing commands forever.
        BullModule.registerQueue({ name: QUEUE_NAME, connection: { ...connection, enableOfflineQueue: false } }),
      ],
      providers: [BullMqJobRunner, BullMqJobProcessor, { provide: JOB_RUNNER, useExisting: BullMqJobRunner }],
      exports: [JOB_RUNNER],
    };
  }
}
