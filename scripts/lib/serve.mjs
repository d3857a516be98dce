import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiEntry, repoRoot } from './build.mjs';

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built app on a free port with a throw-away SQLite database; for the browser tests. */
export async function startBuiltApp(env = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'deskbook-browser-'));
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    /** Where the app keeps its data: DATABASE_URL if given, else its SQLite file (e.g. to seed demo data into it). */
    databaseUrl: env.DATABASE_URL || `sqlite://${join(dataDir, 'deskbook.sqlite')}`,
    /** DATA_DIR: without SMTP_URL the app writes every e-mail to its outbox/ folder (e2e/support/outbox.mjs reads them). */
    dataDir,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
