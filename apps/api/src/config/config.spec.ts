import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultSweepParallelism, loadConfig } from './config.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'deskbook-config-'));

describe('loadConfig', () => {
  it('defaults to SQLite in DATA_DIR, port 3000 and in-process jobs', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'better-sqlite3', path: join(dir, 'deskbook.sqlite') });
    expect(config.redisUrl).toBeNull();
  });

  it('generates a development secret once and keeps it in DATA_DIR', () => {
    const dir = tmp();
    const first = loadConfig({ DATA_DIR: dir }).appSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'app-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).appSecret).toBe(first);
  });

  it('requires APP_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp() })).toThrow(/APP_SECRET is required/);
  });

  it.each([
    [
      'mysql://deskbook:s%40cret@db:3307/desks',
      { type: 'mysql', host: 'db', port: 3307, username: 'deskbook', password: 's@cret', database: 'desks' },
    ],
    [
      'mariadb://root:@127.0.0.1/test',
      { type: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '', database: 'test' },
    ],
  ])('picks the driver from the scheme of %s', (url, expected) => {
    expect(loadConfig({ DATABASE_URL: url, APP_SECRET: 'x'.repeat(32) }).database).toEqual(expected);
  });

  it.each([
    [undefined, 15 * 60_000],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
  ])('reads ANONYMIZE_EVERY=%s as %i ms', (value, ms) => {
    expect(loadConfig({ DATA_DIR: tmp(), ANONYMIZE_EVERY: value }).anonymizeEveryMs).toBe(ms);
  });

  it('leaves one core to bookings unless ANONYMIZE_PARALLEL_CHUNKS says otherwise', () => {
    expect([1, 2, 3, 8].map((cores) => defaultSweepParallelism(cores))).toEqual([1, 1, 2, 4]);
    expect(loadConfig({ DATA_DIR: tmp() }).anonymizeParallelChunks).toBe(defaultSweepParallelism());
    expect(loadConfig({ DATA_DIR: tmp(), ANONYMIZE_PARALLEL_CHUNKS: '6' }).anonymizeParallelChunks).toBe(6);
  });

  it('reads PUBLIC_URL as an origin and refuses one with a path', () => {
    expect(loadConfig({ DATA_DIR: tmp() }).publicUrl).toBeNull();
    expect(loadConfig({ DATA_DIR: tmp(), PUBLIC_URL: 'https://desks.example.com/' }).publicUrl).toBe('https://desks.example.com');
    expect(() => loadConfig({ DATA_DIR: tmp(), PUBLIC_URL: 'https://example.com/desks' })).toThrow(/PUBLIC_URL/);
  });

  it('accepts sqlite:// paths', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/deskbook.db', APP_SECRET: 'x'.repeat(32) }).database).toEqual({
      type: 'better-sqlite3',
      path: '/var/lib/deskbook.db',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://x/y' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://host-without-db' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, 'AUTH_RATE_LIMIT_PER_MINUTE'],
    [{ ANONYMIZE_EVERY: '15' }, 'ANONYMIZE_EVERY'],
    [{ ANONYMIZE_EVERY: '0s' }, 'ANONYMIZE_EVERY'],
    [{ ANONYMIZE_EVERY: '25h' }, 'ANONYMIZE_EVERY'],
    [{ ANONYMIZE_PARALLEL_CHUNKS: '0' }, 'ANONYMIZE_PARALLEL_CHUNKS'],
    [{ ANONYMIZE_PARALLEL_CHUNKS: 'two' }, 'ANONYMIZE_PARALLEL_CHUNKS'],
  ])('names the bad variable in %j', (env, variable) => {
    const attempt = () => loadConfig({ DATA_DIR: tmp(), ...env });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
