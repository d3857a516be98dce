import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { freePort, stopServer } from './own-server.js';

const run = promisify(execFile);
const READY_TIMEOUT_MS = 30_000;
/** mariadbd refuses to run as root unless told to; as anyone else it runs as that user. */
const AS_ROOT = process.getuid?.() === 0 ? ['--user=root'] : [];

/**
 * A MariaDB server of the test's own (own data directory, own port), for fault tests that stop and
 * start the database. The machine's shared MariaDB on 3306 is never touched.
 */
export interface OwnMariaDb {
  /** `mariadb://root:@127.0.0.1:<port>/deskbook`, the database already created (empty). */
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy: () => Promise<void>;
}

async function waitUntilReady(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`mariadbd exited with code ${server.exitCode} while starting`);
    try {
      const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await conn.end();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function startOwnMariaDb(): Promise<OwnMariaDb> {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-own-mariadb-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  // root without a password over TCP, like the CI database.
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--skip-name-resolve',
    ...AS_ROOT,
  ]);
  let server: ChildProcess | null = null;
  // A test process that dies without its afterAll must not leave the server running.
  const killOnExit = () => server?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const start = async () => {
    server = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--port=${port}`,
        `--socket=${join(dir, 'mysqld.sock')}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=16M',
        ...AS_ROOT,
      ],
      { stdio: 'ignore' },
    );
    await waitUntilReady(port, server);
  };

  const stop = async () => {
    const running = server;
    server = null;
    await stopServer(running);
  };

  await start();
  const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  await conn.query('CREATE DATABASE deskbook CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  await conn.end();

  return {
    url: `mariadb://root:@127.0.0.1:${port}/deskbook`,
    start,
    stop,
    destroy: async () => {
      await stop();
      process.off('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
