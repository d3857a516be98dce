import { randomBytes } from 'node:crypto';
import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { App } from 'supertest/types.js';
import { createApp, type CreateAppOptions } from '../../../apps/api/src/app.factory.js';
import { Public } from '../../../apps/api/src/common/auth/decorators.js';
import { loadConfig, type AppConfig } from '../../../apps/api/src/config/config.js';
import { JwtStrategy } from '../../../apps/api/src/auth/strategies/jwt.strategy.js';
import { LocalStrategy } from '../../../apps/api/src/auth/strategies/local.strategy.js';
import passport from 'passport';
import { sharedMailbox } from './mailbox.js';
import { createTestDatabase, dropQueueKeys, e2eDatabase, migrateTestDatabase } from './test-database.js';

/** The running apps by their HTTP server, for support helpers that get only `http` (see appOf). */
const running = new Map<App, NestExpressApplication>();

/**
 * The app behind an HTTP server of startTestApp, for the few support helpers that arrange state no
 * endpoint offers (e.g. signupTenant turning the consent gate off without an audit event).
 */
export function appOf(http: App): NestExpressApplication {
  const app = running.get(http);
  if (!app) throw new Error('appOf: this server was not started by startTestApp');
  return app;
}

/**
 * The run's queue prefix (MariaDB + Redis run), made this test process's own: a job is then run by
 * a worker of the process that queued it. A mail job run by another process would go to that
 * process's SMTP server (support/mailbox.ts) and never reach the test waiting for it.
 */
export function processQueuePrefix(): string | undefined {
  const prefix = process.env.E2E_QUEUE_PREFIX;
  return prefix ? `${prefix}_${process.pid}` : undefined;
}

export const TEST_APP_SECRET = 'e2e-secret-only-for-tests-0123456789abcdef';

/** Test-only routes that make the app fail in ways real input cannot. */
@ApiExcludeController()
@Controller('test-faults')
class TestFaultsController {
  @Public()
  @Get('crash')
  crash(): never {
    // Looks like a leaked SQL error on purpose: none of it may reach the client.
    throw new Error("ER_PARSE_ERROR near 'SELECT passwordHash FROM users WHERE email = secret@example.com'");
  }
}

@Module({ controllers: [TestFaultsController] })
class TestFaultsModule {}

export interface TestApp {
  app: NestExpressApplication;
  http: App;
  config: AppConfig;
  close: () => Promise<void>;
}

/** Boots the real application on the run's database (and Redis on the MariaDB run). */
export async function startTestApp(env: Record<string, string> = {}, options: Pick<CreateAppOptions, 'logger'> = {}): Promise<TestApp> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set; run through e2e/api/vitest.config.ts');
  const config = loadConfig({
    DATABASE_URL: url,
    REDIS_URL: process.env.E2E_REDIS,
    QUEUE_PREFIX: processQueuePrefix(),
    APP_SECRET: TEST_APP_SECRET,
    // Unexpected failures print their cause, so a red CI run can be diagnosed from its log.
    LOG_LEVEL: 'error',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    // A scheduled sweep of every tenant in the middle of a test would split the counts tests assert
    // on. Tests run sweeps themselves; once a day, first a day after the run's queue was created,
    // keeps the schedule registered but out of the way.
    ANONYMIZE_EVERY: '24h',
    // Likewise the analytics rollup of every tenant: tests refresh their own tenant.
    ANALYTICS_REFRESH_EVERY: '24h',
    // Every message goes to a real SMTP server in this process (support/mailbox.ts).
    SMTP_URL: (await sharedMailbox()).url,
    ...env,
  });
  const app = await createApp(config, { ...options, extraImports: [TestFaultsModule] });
  await app.init();
  const http = app.getHttpServer() as App;
  running.set(http, app);
  const close = async () => {
    running.delete(http);
    await app.close();
  };
  return { app, http, config, close };
}

export const usesRedis = (): boolean => Boolean(process.env.E2E_REDIS);

/**
 * Passport keeps its strategies in a process-wide registry, so in one test process the instance
 * created last answers for every instance; closing it hands the strategies back to the first.
 */
function handStrategiesBackOnClose(first: TestApp | null, other: TestApp, cleanUp: () => Promise<void> = () => Promise.resolve()): TestApp {
  return {
    ...other,
    close: async () => {
      await other.close();
      await cleanUp();
      if (!first) return;
      for (const strategy of [first.app.get(JwtStrategy), first.app.get(LocalStrategy)]) passport.use(strategy.name, strategy);
    },
  };
}

/** A second API instance on the same database (and Redis), for tests that need two. */
export async function startSecondInstance(first: TestApp): Promise<TestApp> {
  return handStrategiesBackOnClose(first, await startTestApp());
}

/**
 * An app on a fresh database and queue of its own, for tests of what acts on every tenant at once
 * (the scheduled sweep): on the run's shared database that would reach into the tenants of test
 * files running in parallel. Closing it drops the database. `first` is the file's other app, if it
 * has one (see handStrategiesBackOnClose); `env` overrides configuration, e.g. REDIS_URL.
 */
export async function startIsolatedTestApp(first: TestApp | null, env: Record<string, string> = {}): Promise<TestApp> {
  const kind = e2eDatabase();
  const db = await createTestDatabase(kind);
  await migrateTestDatabase(db.url);
  const queuePrefix = `e2e_isolated_${randomBytes(4).toString('hex')}`;
  const app = await startTestApp({ DATABASE_URL: db.url, ...(kind === 'mariadb' ? { QUEUE_PREFIX: queuePrefix } : {}), ...env });
  return handStrategiesBackOnClose(first, app, async () => {
    await db.drop();
    if (kind === 'mariadb') await dropQueueKeys(queuePrefix);
  });
}
