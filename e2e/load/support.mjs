// Shared pieces of the benchmarks: a fresh MariaDB database, the built app on it, autocannon runs.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';
import { buildApi } from '../../scripts/lib/build.mjs';
import { startBuiltApp } from '../../scripts/lib/serve.mjs';
import { signUpThroughOutbox } from '../support/outbox.mjs';

export const SERVER = process.env.BENCH_MARIADB_URL ?? 'mariadb://root:@127.0.0.1:3306';
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** A fresh database, or with BENCH_REUSE=1 the one a previous run seeded. */
export async function freshDatabase(name, reuse = false) {
  const url = new URL(SERVER);
  const conn = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    multipleStatements: true,
  });
  if (!reuse)
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\`; CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.query(`USE \`${name}\``);
  return { conn, url: `${SERVER.replace(/\/$/, '')}/${name}` };
}

export async function startApp(databaseUrl, env = {}) {
  buildApi({ ifStale: true });
  return startBuiltApp({ DATABASE_URL: databaseUrl, AUTH_RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'error', ...env });
}

/** Signs a company up and confirms it from the app's outbox (the app runs without SMTP): `{ token, user, tenant }`. */
export function signUp(app, signup) {
  return signUpThroughOutbox(app.dataDir, (path, body) => api(app.url, 'POST', path, null, body), signup);
}

export async function api(baseUrl, method, path, token, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const CLOCK_TICKS = 100;

/** CPU time (user + system) a process has used so far, in ms; null where /proc is missing. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** What a browser sends with every request; the API may answer compressed. */
export const BROWSER_HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

/**
 * An autocannon run. `p95` comes from every response time (autocannon's own percentiles skip it).
 * With `pid` (the API process), also the API's CPU time per request: on a small machine shared with
 * the load generator and the database, that figure moves less with the neighbours' load than
 * throughput does.
 */
export async function measure({ pid, ...opts }) {
  const before = pid ? cpuMs(pid) : null;
  const times = [];
  const r = await new Promise((resolve, reject) => {
    const instance = autocannon({ duration: SECONDS, connections: 20, ...opts }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const after = pid ? cpuMs(pid) : null;
  if (before !== null && after !== null && r.requests.total > 0) r.cpuMsPerRequest = (after - before) / r.requests.total;
  times.sort((a, b) => a - b);
  r.p95 = Math.round((times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? 0) * 10) / 10;
  return r;
}

export function row(r) {
  const l = r.latency;
  const cpu = r.cpuMsPerRequest === undefined ? '' : `  API CPU ${r.cpuMsPerRequest.toFixed(1)} ms/req`;
  const kb = r.requests.total > 0 ? `  ${Math.round(r.throughput.total / r.requests.total / 1024)} kB/resp` : '';
  const p95 = r.p95 === undefined ? '' : `  p95 ${r.p95} ms`;
  return `${r.title.padEnd(44)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${l.p50} ms${p95}  p99 ${l.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}${cpu}${kb}`;
}

/**
 * Requests at a constant arrival rate (an open loop, as wrk2 or k6's constant-arrival-rate): one every
 * 1/rate s whatever the answers do, each timed from the moment it was due, so a stalled server shows
 * in the latencies instead of slowing the load. autocannon's rate limit instead sends each
 * connection's share at the start of every second, and its latencies then mostly measure that burst
 * queueing. Runs for `seconds`, or until `until()` says so. `request()` gives each request's
 * { method, path, headers, body }.
 */
export function steadyLoad({ title, baseUrl, rate, seconds = SECONDS, until, request }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
  const target = new URL(baseUrl);
  const times = [];
  const codes = {};
  let errors = 0;
  /** Connection-level failures by their code (ECONNRESET, …): no HTTP status to count them under. */
  const errorCodes = {};
  let sent = 0;
  let open = 0;
  const start = performance.now();
  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      times.sort((a, b) => a - b);
      const at = (q) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
      resolve({
        title,
        count: times.length,
        rps: times.length / ((performance.now() - start) / 1000),
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
        max: Math.round((times.at(-1) ?? 0) * 10) / 10,
        codes,
        errors,
        errorCodes,
      });
    };
    const fire = (dueAt) => {
      const { method = 'GET', path, headers = {}, body } = request();
      open++;
      const done = (status, error) => {
        times.push(performance.now() - dueAt);
        if (status) codes[status] = (codes[status] ?? 0) + 1;
        else {
          errors++;
          const code = error?.code ?? 'unknown';
          errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        }
        if (--open === 0 && stopped) finish();
      };
      const req = http.request({ agent, host: target.hostname, port: target.port, method, path, headers }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode));
      });
      req.on('error', (error) => done(null, error));
      req.end(body);
    };
    let stopped = false;
    const timer = setInterval(() => {
      const elapsed = performance.now() - start;
      if (elapsed >= seconds * 1000 || until?.()) {
        clearInterval(timer);
        stopped = true;
        if (open === 0) finish();
        return;
      }
      // Request n is due at n / rate s (the first at once): send every one whose time has come.
      for (const due = Math.floor((elapsed * rate) / 1000) + 1; sent < due; sent++) fire(start + (sent * 1000) / rate);
    }, 1);
  });
}

/** One line of a steadyLoad result. */
export function steadyRow(r) {
  return `${r.title.padEnd(44)} ${String(Math.round(r.rps)).padStart(6)} req/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  max ${r.max} ms  (${r.count} requests: ${JSON.stringify(r.codes)}${r.errors ? `, ${r.errors} errors: ${JSON.stringify(r.errorCodes)}` : ''})`;
}

/** A location in UTC, open around the clock, so benchmark bookings never trip opening hours. */
export function createAlwaysOpenLocation(baseUrl, token) {
  const allDay = { open: '00:00', close: '24:00' };
  return api(baseUrl, 'POST', '/api/locations', token, {
    name: 'Reference HQ',
    timezone: 'UTC',
    openingHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  });
}

const DAY_MS = 86_400_000;

/**
 * Every person of the tenant accepts its current privacy notice (bulk SQL, like the seeded users):
 * the consent gate stays on, as it is by default, so the booking figures include its query. Without
 * a notice (none published yet) there is nothing to accept and the gate lets everyone through.
 */
export async function acceptCurrentNoticeForAll(conn, tenantId) {
  await conn.query(
    `INSERT INTO consents (id, tenantId, userId, noticeVersionId, contentHash, locale, acceptedAt, withdrawnAt)
     SELECT UUID(), u.tenantId, u.id, v.id, v.contentHash, u.locale, NOW(3), NULL
     FROM users u JOIN privacy_notice_versions v ON v.tenantId = u.tenantId
     WHERE u.tenantId = ? AND v.version = (SELECT MAX(version) FROM privacy_notice_versions WHERE tenantId = ?)`,
    [tenantId, tenantId],
  );
}

/**
 * A tenant ready for a booking history import: an admin (whose token is returned), one floor
 * "Floor 1" with desks D1…D<desks>, and `people` invited employees (their e-mails are returned).
 */
export async function seedImportTenant(app, { desks, people, tenantName = 'Import GmbH', email = 'import-admin@example.com' }) {
  const baseUrl = app.url;
  const admin = await signUp(app, {
    tenantName,
    displayName: 'Import Admin',
    email,
    password: 'Correct-Horse-Battery-Bench-1',
  });
  const token = admin.token;
  await api(baseUrl, 'PATCH', '/api/tenant/settings', token, { privacy: { retention: { mode: 'anonymize', afterDays: 3650 } } });
  const location = await createAlwaysOpenLocation(baseUrl, token);
  const floor = await api(baseUrl, 'POST', `/api/locations/${location.id}/floors`, token, { name: 'Floor 1' });
  for (let i = 0; i < desks; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, desks - i) }, (_, j) =>
        api(baseUrl, 'POST', `/api/floors/${floor.id}/desks`, token, { label: `D${i + j + 1}`, x: j * 40, y: i }),
      ),
    );
  }
  const emails = [];
  for (let i = 0; i < people; i += 20) {
    const invited = await Promise.all(
      Array.from({ length: Math.min(20, people - i) }, (_, j) =>
        api(baseUrl, 'POST', '/api/users', token, {
          email: `${email.split('@')[0]}-${i + j}@example.com`,
          displayName: `Person ${i + j}`,
          role: 'employee',
        }),
      ),
    );
    emails.push(...invited.map((r) => r.user.email));
  }
  return { token, emails };
}

/** `rows` past bookings as import CSV: each desk one booking a day going back in time, each by a different person (no overlaps). */
export function historyCsv(rows, desks, emails) {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const lines = ['floorName,deskLabel,userEmail,startsAt,endsAt'];
  for (let i = 0; i < rows; i++) {
    const desk = i % desks;
    const day = Math.floor(i / desks) + 1;
    const startsAt = new Date(today - day * DAY_MS + 9 * 3_600_000);
    lines.push(
      `Floor 1,D${desk + 1},${emails[(desk + day) % emails.length]},${startsAt.toISOString()},${new Date(startsAt.getTime() + 8 * 3_600_000).toISOString()}`,
    );
  }
  return lines.join('\n');
}
