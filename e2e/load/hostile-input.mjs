// Hostile input benchmark: how long GET /api/health stalls while one client (or one tenant) sends
// what the API must survive: three unauthenticated 38 MB bodies of `[` to the import route at once,
// a 100,000-row import as an admin, and that tenant's admin export (~30 MB). The app runs on SQLite
// (better-sqlite3 is synchronous, so this is where a long task freezes every tenant), and health is
// asked every 50 ms throughout, each request timed from the moment it was due.
// Run: npm run bench:hostile   (BENCH_ROWS and BENCH_BRACKETS_MB to shrink the import and the bodies of `[`)
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyCsv, seedImportTenant, startApp, steadyLoad } from './support.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BRACKETS = Number(process.env.BENCH_BRACKETS_MB ?? 38) * 1024 * 1024;
const HEALTH_EVERY_MS = 50;

/** The API process's resident memory in MB (Linux). */
function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/**
 * One request with a raw body; resolves with the status (or the connection error) and the time until
 * the answer. The server may answer before the whole body went out: the phase lasts until the
 * request is done sending (or its connection closed), so what the server does with the rest counts.
 */
function send(baseUrl, method, path, headers, body) {
  const target = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve) => {
    let bytes = 0;
    let answer = null;
    let sent = false;
    const settle = () => answer && sent && resolve(answer);
    const req = http.request({ host: target.hostname, port: target.port, method, path, headers }, (res) => {
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => {
        answer = { status: res.statusCode, bytes, ms: performance.now() - started };
        settle();
      });
    });
    req.on('error', (error) => {
      answer ??= { status: error.code ?? 'error', bytes, ms: performance.now() - started };
      sent = true;
      settle();
    });
    req.on('close', () => {
      sent = true;
      settle();
    });
    req.end(body);
  });
}

/** Runs `work` while health is polled; reports health's latency, the API's peak memory and what `work` returned. */
async function phase(app, title, work) {
  let done = false;
  let peakRss = rssMb(app.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(app.pid))), HEALTH_EVERY_MS);
  const health = steadyLoad({
    title: `health during ${title}`,
    baseUrl: app.url,
    rate: 1000 / HEALTH_EVERY_MS,
    seconds: 600,
    until: () => done,
    request: () => ({ path: '/api/health' }),
  });
  const started = performance.now();
  const results = await work();
  const seconds = (performance.now() - started) / 1000;
  done = true;
  const h = await health;
  clearInterval(sampler);
  return { title, seconds, results, health: h, peakRss };
}

function report(p) {
  const outcome = p.results.map(
    (r) => `${r.status} in ${(r.ms / 1000).toFixed(1)} s${r.bytes > 1e5 ? ` (${(r.bytes / 1e6).toFixed(1)} MB)` : ''}`,
  );
  console.log(`${p.title}: ${outcome.join(', ')}`);
  const h = p.health;
  console.log(
    `  health: max ${h.max} ms, p95 ${h.p95} ms, p50 ${h.p50} ms (${h.count} requests: ${JSON.stringify(h.codes)}); API peak RSS ${p.peakRss} MB`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'deskbook-hostile-'));
const app = await startApp(`sqlite://${join(dir, 'bench.sqlite')}`);
try {
  const { token, emails } = await seedImportTenant(app, { desks: 100, people: 200 });
  const csv = historyCsv(ROWS, 100, emails);
  const brackets = Buffer.alloc(BRACKETS, '[');
  const phases = [
    await phase(app, 'idle', async () => {
      await new Promise((r) => setTimeout(r, 2_000));
      return [];
    }),
    await phase(app, `3 × ${BRACKETS / 1024 / 1024} MB of [ unauthenticated`, () =>
      Promise.all(
        [1, 2, 3].map(() => send(app.url, 'POST', '/api/admin/bookings/import', { 'content-type': 'application/json' }, brackets)),
      ),
    ),
    await phase(app, `${ROWS}-row import (${(csv.length / 1e6).toFixed(1)} MB CSV)`, async () => [
      await send(app.url, 'POST', '/api/admin/bookings/import', { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, csv),
    ]),
    await phase(app, 'admin export', async () => [await send(app.url, 'GET', '/api/admin/export', { authorization: `Bearer ${token}` })]),
  ];
  console.log(`hostile input on SQLite, health polled every ${HEALTH_EVERY_MS} ms (${new Date().toISOString()})`);
  phases.forEach(report);
} finally {
  await app.stop();
}
