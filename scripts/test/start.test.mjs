import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/build.mjs';
import { freePort } from '../lib/serve.mjs';

const WORKSPACES = ['.', 'apps/api', 'apps/web', 'libs/api-client', 'e2e'];
const BUILT = ['apps/api/dist', 'apps/web/dist'];

/**
 * A fresh checkout of this working tree (tracked and new files, as a clone of it would have once
 * committed), sharing the checkout's installed dependencies instead of a fresh `npm install`, and
 * with its built outputs copied in when there are any (they come out newer than the sources, as
 * after a first `npm start`).
 */
function freshCheckout() {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-start-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(repoRoot, f)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  for (const ws of WORKSPACES) {
    if (existsSync(join(repoRoot, ws, 'node_modules'))) symlinkSync(join(repoRoot, ws, 'node_modules'), join(dir, ws, 'node_modules'));
  }
  for (const built of BUILT) {
    if (existsSync(join(repoRoot, built))) cpSync(join(repoRoot, built), join(dir, built), { recursive: true });
  }
  return dir;
}

/** `npm start` in `cwd` until /api/health answers; resolves to its status, then stops the app. */
async function startOnce(cwd, dataDir) {
  const port = await freePort();
  // A process group of its own: npm, scripts/start.mjs and the app stop together.
  const child = spawn('npm', ['start'], {
    cwd,
    detached: true,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        return res.status;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error(`npm start did not serve /api/health:\n${output.slice(-2_000)}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

describe('npm start', () => {
  let checkout;
  let dataDir;
  beforeAll(() => {
    checkout = freshCheckout();
    dataDir = mkdtempSync(join(tmpdir(), 'deskbook-start-data-'));
  });
  afterAll(() => {
    rmSync(checkout, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts again in the same checkout after a first start (restarting a self-hosted install)', async () => {
    expect(await startOnce(checkout, dataDir)).toBe(200);
    expect(await startOnce(checkout, dataDir)).toBe(200);
  });
});
