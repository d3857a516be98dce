import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/** Where the database lives and which TypeORM driver talks to it. */
export type DatabaseConfig =
  | { type: 'better-sqlite3'; path: string }
  | {
      type: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl: string | null;
  queuePrefix: string;
  appSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  corsOrigins: string[];
  authRateLimitPerMinute: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  webDistDir: string | null;
  trustProxy: boolean;
  /**
   * Where people reach Deskbook (origin, no path), for links that leave the browser: calendar feed
   * URLs and the QR codes on printed desk sheets. Null: the origin of the request that asks for them.
   */
  publicUrl: string | null;
  /**
   * The SMTP server mail goes through, as nodemailer reads it (smtp:// or smtps://user:pass@host:port).
   * Null: messages are written to DATA_DIR/outbox/ as .eml files instead (the embedded default).
   */
  smtpUrl: string | null;
  /** The From of every message, e.g. `Deskbook <desks@example.com>`. */
  mailFrom: string;
  /** How often the anonymization sweep runs, in milliseconds. */
  anonymizeEveryMs: number;
  /** How often the analytics rollup redoes every tenant's recent and coming days. */
  analyticsRefreshEveryMs: number;
  /** Chunks the sweep writes at once on MySQL/MariaDB (SQLite has one writer: always 1). */
  anonymizeParallelChunks: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

/**
 * Defaults of the session lifetimes and the sweep's interval. Exported because the generated privacy
 * notice and the TOMs state them as the defaults ("unless the operator has set other limits").
 */
export const SESSION_IDLE_MINUTES_DEFAULT = 10_080;
export const SESSION_ABSOLUTE_HOURS_DEFAULT = 720;
export const ANONYMIZE_EVERY_MS_DEFAULT = 15 * 60_000;
export const ANALYTICS_REFRESH_EVERY_MS_DEFAULT = 60 * 60_000;

const DURATION_UNITS_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** "30s", "15m", "1h": a duration between 1 second and 24 hours, in milliseconds. */
const duration = z
  .string()
  .regex(/^\d+[smh]$/, 'must be a duration like 30s, 15m or 1h')
  .transform((v) => Number(v.slice(0, -1)) * DURATION_UNITS_MS[v.slice(-1) as keyof typeof DURATION_UNITS_MS])
  .refine((ms) => ms >= 1_000 && ms <= 86_400_000, 'must be between 1s and 24h');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intIn(1, 65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, 'must be 1-40 of a-z, 0-9, _ and -')
    .default('deskbook'),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().optional(),
  AUTH_RATE_LIMIT_PER_MINUTE: intIn(1, 1_000_000).default(100),
  SESSION_IDLE_MINUTES: intIn(5, 525_600).default(SESSION_IDLE_MINUTES_DEFAULT),
  SESSION_ABSOLUTE_HOURS: intIn(1, 8_760).default(SESSION_ABSOLUTE_HOURS_DEFAULT),
  WEB_DIST_DIR: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PUBLIC_URL: z
    .string()
    .url('must be a URL such as https://desks.example.com')
    .refine((u) => /^https?:\/\/[^/]+\/?$/.test(u), 'must be an http(s) origin without a path')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587')
    .optional(),
  MAIL_FROM: z.string().max(200).default('Deskbook <deskbook@localhost>'),
  ANONYMIZE_EVERY: duration.default(ANONYMIZE_EVERY_MS_DEFAULT),
  ANALYTICS_REFRESH_EVERY: duration.default(ANALYTICS_REFRESH_EVERY_MS_DEFAULT),
  ANONYMIZE_PARALLEL_CHUNKS: intIn(1, 16).optional(),
});

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment once. Nothing else in the API reads `process.env`.
 * Throws a ConfigError naming the first bad variable, so start-up fails with a clear message.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  // Empty strings count as unset, the way docker-compose and .env files pass them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0]), issue.message);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    dataDir,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir, cwd),
    redisUrl: e.REDIS_URL ?? null,
    queuePrefix: e.QUEUE_PREFIX,
    appSecret: resolveAppSecret(e.APP_SECRET, e.NODE_ENV, dataDir),
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    webDistDir: e.WEB_DIST_DIR ? resolve(cwd, e.WEB_DIST_DIR) : null,
    trustProxy: e.TRUST_PROXY === 'true',
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/$/, '') : null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    anonymizeEveryMs: e.ANONYMIZE_EVERY,
    analyticsRefreshEveryMs: e.ANALYTICS_REFRESH_EVERY,
    anonymizeParallelChunks: e.ANONYMIZE_PARALLEL_CHUNKS ?? defaultSweepParallelism(),
  };
}

/**
 * The sweep's chunks at once unless ANONYMIZE_PARALLEL_CHUNKS says otherwise: all cores but one, at
 * most 4 – one core stays free for bookings. Each chunk keeps a database thread busy, and in the
 * usual small setup the database shares the app's cores; on 2 cores a second chunk left bookings
 * waiting for a core during a sweep (docs/benchmarks.md).
 */
export function defaultSweepParallelism(cores = availableParallelism()): number {
  return Math.min(4, Math.max(1, cores - 1));
}

export function parseDatabaseUrl(url: string | undefined, dataDir: string, cwd: string): DatabaseConfig {
  if (!url) return { type: 'better-sqlite3', path: join(dataDir, 'deskbook.sqlite') };
  if (url.startsWith('sqlite:')) {
    const path = url.replace(/^sqlite:(\/\/)?/, '');
    if (!path) throw new ConfigError('DATABASE_URL', 'needs a file path after sqlite://');
    return { type: 'better-sqlite3', path: path === ':memory:' ? path : resolve(cwd, path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected sqlite://, mysql:// or mariadb://)');
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new ConfigError('DATABASE_URL', `has unsupported scheme "${scheme}" (use sqlite, mysql or mariadb)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new ConfigError('DATABASE_URL', 'must name a database, e.g. mysql://user:pass@host:3306/deskbook');
  return {
    type: scheme,
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/**
 * Production must be given a secret; development generates one on first start and keeps it in
 * DATA_DIR, so sessions survive restarts and no secret is ever committed.
 */
function resolveAppSecret(secret: string | undefined, nodeEnv: AppConfig['nodeEnv'], dataDir: string): string {
  if (secret) return secret;
  if (nodeEnv === 'production') throw new ConfigError('APP_SECRET', 'is required when NODE_ENV=production');
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, generated, { mode: 0o600, flag: 'wx' });
    return generated;
  } catch (err) {
    // Another process started at the same moment and won the race: use its secret.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw err;
  }
}
