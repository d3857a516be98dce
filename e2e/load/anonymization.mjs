// Anonymization sweep benchmark on MariaDB + Redis: 1,000,000 due bookings (500 desks on 2 floors,
// 1,000 users), then, in one run:
//   1. a warm-up of bookings, not counted (BENCH_WARMUP_SECONDS, default 10);
//   2. booking creation latency while idle (POST /api/bookings by 100 people, at a steady 100 requests
//      a second, p95 from every response) for BENCH_SECONDS (default 20);
//   3. the same load while an admin's "Run now" sweep anonymizes everything that is due;
//   4. the sweep's duration (target < 60 s) and the booking p95 during it (target ≤ 2× idle).
// Run: npm run bench:anonymization   (BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_MARIADB_URL, BENCH_BOOKINGS,
// BENCH_REDIS_URL, BENCH_BUFFER_POOL_MB, BENCH_REDO_LOG_MB, BENCH_RATE to tune; BENCH_RATE=0 times the sweep alone;
// the app's own ANONYMIZE_PARALLEL_CHUNKS is passed on)
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import {
  acceptCurrentNoticeForAll,
  api,
  createAlwaysOpenLocation,
  freshDatabase,
  startApp,
  steadyLoad,
  steadyRow,
  signUp,
} from './support.mjs';

const DESKS_PER_FLOOR = 250;
const USERS = 1000;
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 1_000_000);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'Correct-Horse-Battery-Bench-1';
const DAY = 86_400_000;
/**
 * Booking requests a second, arriving at a steady pace: 100 is a very busy office (a day's bookings
 * of a 10,000-person company within minutes). 0: no bookings, the sweep alone (its best time here).
 */
const RATE = Number(process.env.BENCH_RATE ?? 100);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
/** The baseline the sweep is compared with: long enough that its p95 holds still between runs. */
const IDLE_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Each phase books its own days (warm-up, idle, during the sweep), so one phase's desks are free for the next. */
const DAYS_PER_PHASE = 115;

const { conn, url } = await freshDatabase('deskbook_bench_sweep');
// A production database holds its working set in memory; MariaDB's default buffer pool (128 MB) holds
// an eighth of this one (~1 GB of bookings and indexes). The server's own value comes back at the end.
const [[{ originalPool }]] = await conn.query('SELECT @@innodb_buffer_pool_size AS originalPool');
const poolMb = Number(process.env.BENCH_BUFFER_POOL_MB ?? 2048);
if (poolMb > 0) await conn.query(`SET GLOBAL innodb_buffer_pool_size = ${poolMb * 1024 * 1024}`);
console.log(
  `InnoDB buffer pool for this run: ${poolMb > 0 ? poolMb : Math.round(originalPool / 1048576)} MB (BENCH_BUFFER_POOL_MB=0 keeps the server's)`,
);
// The redo log, likewise: MariaDB's default (96 MB) fills within seconds of a bulk sweep, and InnoDB
// then stalls writes while it flushes pages to free it (80.8 s → 58.8 s for the sweep alone here
// with 1 GB). MariaDB ≥ 10.9 resizes it online; the old size comes back at the end.
const [[{ originalRedo }]] = await conn.query('SELECT @@innodb_log_file_size AS originalRedo');
const redoMb = Number(process.env.BENCH_REDO_LOG_MB ?? 1024);
if (redoMb > 0) await conn.query(`SET GLOBAL innodb_log_file_size = ${redoMb * 1024 * 1024}`);
console.log(
  `InnoDB redo log for this run: ${redoMb > 0 ? redoMb : Math.round(originalRedo / 1048576)} MB (BENCH_REDO_LOG_MB=0 keeps the server's)`,
);
console.log(
  `Sweep chunks at once: ${process.env.ANONYMIZE_PARALLEL_CHUNKS ?? `the app's default for ${availableParallelism()} cores`} (ANONYMIZE_PARALLEL_CHUNKS)`,
);
// A long schedule: only the run this benchmark asks for sweeps.
const app = await startApp(url, { REDIS_URL, QUEUE_PREFIX: `bench-sweep-${Date.now()}`, ANONYMIZE_EVERY: '24h' });
const t0 = Date.now();
try {
  const { token, desks, users } = await seed();
  await settle();
  await api(app.url, 'PATCH', '/api/tenant/settings', token, {
    privacy: { retention: { mode: 'anonymize', afterDays: 1 } },
    booking: { maxDaysAhead: 365 },
  });
  const before = await api(app.url, 'GET', '/api/admin/anonymization/status', token);
  console.log(`Due before the sweep: ${before.due}`);

  const clients =
    RATE > 0
      ? await Promise.all(
          users.slice(0, 100).map((u) => api(app.url, 'POST', '/api/auth/login', null, { email: u.email, password: PASSWORD })),
        )
      : [];
  // A fresh process compiles its hot paths during its first thousand or so requests; measured as
  // "idle", that made the baseline swing between 15 and 210 ms from run to run.
  if (RATE > 0)
    console.log(steadyRow(await bookingLoad('POST /api/bookings, warm-up (not counted)', clients, desks, 0, null, WARMUP_SECONDS)));
  const idle = RATE > 0 ? await bookingLoad('POST /api/bookings, idle', clients, desks, DAYS_PER_PHASE, null, IDLE_SECONDS) : null;

  const { runId } = await api(app.url, 'POST', '/api/admin/anonymization/run', token);
  let finished = false;
  const during = RATE > 0 ? bookingLoad('POST /api/bookings, during the sweep', clients, desks, 2 * DAYS_PER_PHASE, () => finished) : null;
  // The admin's Settings page asks for the status every 2 s while a run is going (the next request
  // once the last one answered); the end of the run is read from its row (a primary-key lookup), so
  // watching closely adds no load.
  const polling = (async () => {
    while (!finished) {
      await api(app.url, 'GET', '/api/admin/anonymization/status', token).catch(() => {});
      await new Promise((r) => setTimeout(r, 2000));
    }
  })();
  let run;
  for (;;) {
    [[run]] = await conn.query('SELECT requestedAt, finishedAt, processed FROM anonymization_runs WHERE id = ?', [runId]);
    if (run.finishedAt) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  finished = true;
  await polling;
  const sweepMs = run.finishedAt.getTime() - run.requestedAt.getTime();
  const status = await api(app.url, 'GET', '/api/admin/anonymization/status', token);
  const loaded = await during;
  const [[{ remaining }]] = await conn.query('SELECT COUNT(*) AS remaining FROM bookings WHERE userId IS NOT NULL AND endsAt <= ?', [
    new Date(Date.now() - DAY),
  ]);

  console.log('\nResults');
  if (idle && loaded) {
    console.log(steadyRow(idle));
    console.log(steadyRow(loaded));
  }
  console.log(
    `sweep: ${run.processed} bookings anonymized in ${(sweepMs / 1000).toFixed(1)} s from request to finish (target < 60 s), ${Math.round(run.processed / (sweepMs / 1000))} rows/s; due afterwards ${status.due}, rows still naming a person ${remaining}`,
  );
  if (idle && loaded) console.log(`booking p95 during the sweep = ${(loaded.p95 / idle.p95).toFixed(2)}× idle (target ≤ 2×)`);
  else console.log('no booking load (BENCH_RATE=0): the sweep alone');
  console.log(`\nTotal ${Math.round((Date.now() - t0) / 1000)} s`);
} finally {
  // Let the requests autocannon left in flight finish before the app goes.
  await new Promise((r) => setTimeout(r, 1000));
  await app.stop();
  if (poolMb > 0) await conn.query(`SET GLOBAL innodb_buffer_pool_size = ${originalPool}`);
  if (redoMb > 0) await conn.query(`SET GLOBAL innodb_log_file_size = ${originalRedo}`);
  await conn.end();
}

/**
 * Bookings of random future desks and slots by random clients (409s are answers too) at a steady
 * BENCH_RATE a second, for `seconds` or, with `done`, until it says so.
 */
function bookingLoad(title, clients, desks, dayOffset, done, seconds = 600) {
  const today = Math.floor(Date.now() / DAY) * DAY;
  return steadyLoad({
    title,
    baseUrl: app.url,
    rate: RATE,
    seconds,
    until: done ?? undefined,
    request: () => {
      const who = clients[Math.floor(Math.random() * clients.length)];
      const startsAt = new Date(
        today + (1 + dayOffset + Math.floor(Math.random() * (DAYS_PER_PHASE - 5))) * DAY + (6 + Math.floor(Math.random() * 12)) * 3_600_000,
      );
      return {
        method: 'POST',
        path: '/api/bookings',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
        body: JSON.stringify({
          deskId: desks[Math.floor(Math.random() * desks.length)].id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        }),
      };
    },
  });
}

/**
 * Writes the seed's pages to disk before anything is measured. Right after a bulk load of a million
 * rows, InnoDB holds ~700 MB of dirty pages and its redo log is ~70 % full; the sweep's own writes
 * would then push it past the point where InnoDB stalls writes to flush, and the measurement would
 * show the seeding, not the sweep. A production table of a million bookings grew over years; its
 * pages were written long ago. The server's flushing settings come back before measuring.
 */
async function settle() {
  const started = Date.now();
  const [[original]] = await conn.query(
    'SELECT @@innodb_max_dirty_pages_pct AS pct, @@innodb_io_capacity AS io, @@innodb_io_capacity_max AS ioMax',
  );
  await conn.query(
    'SET GLOBAL innodb_io_capacity_max = GREATEST(@@innodb_io_capacity_max, 4000), innodb_io_capacity = GREATEST(@@innodb_io_capacity, 2000), innodb_max_dirty_pages_pct = 0',
  );
  try {
    for (;;) {
      const [[{ Value: dirty }]] = await conn.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'");
      if (Number(dirty) < 500 || Date.now() - started > 300_000) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await conn.query(
      `SET GLOBAL innodb_max_dirty_pages_pct = ${original.pct}, innodb_io_capacity = ${original.io}, innodb_io_capacity_max = ${original.ioMax}`,
    );
  }
  console.log(`Seed written to disk in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Reference data: places through the API, people and 1,000,000 past bookings by bulk SQL. */
async function seed() {
  const admin = await signUp(app, {
    tenantName: 'Sweep GmbH',
    displayName: 'Sweep Admin',
    email: 'sweep-admin@example.com',
    password: PASSWORD,
  });
  const token = admin.token;
  const tenantId = admin.tenant.id;
  const location = await createAlwaysOpenLocation(app.url, token);
  const desks = [];
  for (const name of ['Floor 1', 'Floor 2']) {
    const floor = await api(app.url, 'POST', `/api/locations/${location.id}/floors`, token, { name });
    for (let i = 0; i < DESKS_PER_FLOOR; i += 50) {
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          api(app.url, 'POST', `/api/floors/${floor.id}/desks`, token, { label: `D${i + j + 1}`, x: j * 40, y: i }),
        ),
      );
      desks.push(...created);
    }
  }
  const [[{ passwordHash }]] = await conn.query('SELECT passwordHash FROM users WHERE id = ?', [admin.user.id]);
  const users = Array.from({ length: USERS }, (_, i) => ({ id: randomUUID(), email: `sweep-${i}@example.com` }));
  await conn.query('INSERT INTO users (id, tenantId, email, accountEmail, displayName, role, passwordHash, locale, createdAt) VALUES ?', [
    users.map((u, i) => [u.id, tenantId, u.email, u.email, `Sweep User ${i}`, 'employee', passwordHash, 'en', new Date()]),
  ]);
  await acceptCurrentNoticeForAll(conn, tenantId);
  // Two bookings per desk and day, going back from two days ago: all due with a 1-day period.
  const lastDay = Math.floor(Date.now() / DAY) * DAY - 2 * DAY;
  const seedStart = Date.now();
  for (let inserted = 0; inserted < BOOKINGS;) {
    const batch = [];
    for (let i = 0; i < 5000 && inserted < BOOKINGS; i++, inserted++) {
      const cell = Math.floor(inserted / desks.length);
      const startsAt = new Date(lastDay - Math.floor(cell / 2) * DAY + (cell % 2 ? 13 : 8) * 3_600_000);
      batch.push([
        randomUUID(),
        tenantId,
        desks[inserted % desks.length].id,
        users[(inserted * 7919) % USERS].id,
        startsAt,
        new Date(startsAt.getTime() + 4 * 3_600_000),
        1,
        'shown',
        null,
        null,
        null,
        null,
        startsAt,
      ]);
    }
    await conn.query(
      'INSERT INTO bookings (id, tenantId, deskId, userId, startsAt, endsAt, visibleToColleagues, visibilityCeiling, checkedInAt, cancelledAt, cancelReason, anonymizedAt, createdAt) VALUES ?',
      [batch],
    );
  }
  console.log(`Seeded ${desks.length} desks, ${USERS} users, ${BOOKINGS} due bookings in ${Math.round((Date.now() - seedStart) / 1000)} s`);
  await conn.query('ANALYZE TABLE bookings, desks, users');
  return { token, desks, users };
}
