// Booking benchmark on MariaDB with DESIGN.md's reference data: one tenant, 500 desks on 2 floors,
// 1,000 users, 1,000,000 bookings over 2 years. Measures, in one run:
//   1. floor availability for one day next to the trivial GET /api/health and the trivial
//      authenticated GET /api/me (the same session check as availability): its throughput as a share
//      of each, and its p95 latency at a steady 200 req/s, for one client, for autocannon's default of
//      10 clients, and saturated by 20;
//   2. booking creation by 100 concurrent clients fighting over 20 desks: zero double bookings, zero 5xx.
// Run: npm run bench:booking   (BENCH_SECONDS, BENCH_MARIADB_URL, BENCH_BOOKINGS to tune)
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import {
  acceptCurrentNoticeForAll,
  api,
  BROWSER_HEADERS,
  createAlwaysOpenLocation,
  freshDatabase,
  measure,
  row,
  startApp,
  steadyLoad,
  steadyRow,
  signUp,
} from './support.mjs';

const DESKS_PER_FLOOR = 250;
const USERS = 1000;
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 1_000_000);
const PASSWORD = 'Correct-Horse-Battery-Bench-1';
const DAY = 86_400_000;
const ADMIN_EMAIL = 'bench-admin@example.com';

const reuse = process.env.BENCH_REUSE === '1';
const { conn, url } = await freshDatabase('deskbook_bench', reuse);
const app = await startApp(url);
const t0 = Date.now();
const start = Date.now() - 730 * DAY;
try {
  const { token, floors, desks, users } = reuse ? await reuseSeed() : await seed();
  // 1. Availability of one floor for one (busy, historical) day vs. the trivial endpoint.
  const busyDay = new Date(Math.floor(start / DAY) * DAY + 400 * DAY);
  const availabilityPath = `/api/floors/${floors[0].id}/availability?from=${busyDay.toISOString()}&to=${new Date(busyDay.getTime() + DAY).toISOString()}`;
  const sample = await api(app.url, 'GET', availabilityPath, token);
  console.log(`Availability sample: ${sample.length} desks, ${sample.reduce((n, d) => n + d.bookings.length, 0)} bookings that day`);
  // Every run sends what a browser sends (Accept-Encoding included): the floor view is served
  // gzip-compressed then. One more run without compression shows what that is worth.
  const auth = { ...BROWSER_HEADERS, authorization: `Bearer ${token}` };
  const trivial = await measure({
    title: 'GET /api/health (trivial)',
    url: `${app.url}/api/health`,
    headers: BROWSER_HEADERS,
    pid: app.pid,
  });
  const trivialAuthenticated = await measure({
    title: 'GET /api/me (trivial, authenticated)',
    url: `${app.url}/api/me`,
    headers: auth,
    pid: app.pid,
  });
  const availability = await measure({
    title: 'GET floor availability (1 day)',
    url: `${app.url}${availabilityPath}`,
    headers: auth,
    pid: app.pid,
  });
  const uncompressed = await measure({
    title: 'GET floor availability, no compression',
    url: `${app.url}${availabilityPath}`,
    headers: { ...auth, 'accept-encoding': 'identity' },
    pid: app.pid,
  });
  // Latency at a steady load below saturation (a morning rush: 200 floor-plan loads a second), and of
  // one client at a time: what a person waits for, with nobody queued in front.
  const availabilityRush = await steadyLoad({
    title: 'GET floor availability, steady 200 req/s',
    baseUrl: app.url,
    rate: 200,
    request: () => ({ path: availabilityPath, headers: auth }),
  });
  const availabilitySolo = await measure({
    title: 'GET floor availability, 1 client',
    url: `${app.url}${availabilityPath}`,
    headers: auth,
    connections: 1,
    pid: app.pid,
  });
  // autocannon's default of 10 connections, closed loop: between the two above.
  const availabilityTen = await measure({
    title: 'GET floor availability, 10 clients',
    url: `${app.url}${availabilityPath}`,
    headers: auth,
    connections: 10,
    pid: app.pid,
  });

  // 2. 100 clients, 20 desks, random future slots: exactly one winner per desk and slot.
  const contenders = await Promise.all(
    users.slice(0, 100).map((u) => api(app.url, 'POST', '/api/auth/login', null, { email: u.email, password: PASSWORD })),
  );
  const fought = desks.slice(0, 20).map((d) => d.id);
  const tomorrow = Math.floor(Date.now() / DAY) * DAY + DAY;
  const contention = await new Promise((resolve, reject) =>
    autocannon(
      {
        title: 'POST /api/bookings (100 clients, 20 desks)',
        url: `${app.url}/api/bookings`,
        connections: 100,
        amount: 3000,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const who = contenders[Math.floor(Math.random() * contenders.length)];
              const hour = 8 + Math.floor(Math.random() * 8);
              const startsAt = new Date(tomorrow + hour * 3_600_000);
              return {
                ...req,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
                body: JSON.stringify({
                  deskId: fought[Math.floor(Math.random() * fought.length)],
                  startsAt: startsAt.toISOString(),
                  endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
                }),
              };
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    ),
  );
  const [[{ doubles }]] = await conn.query(
    `SELECT COUNT(*) AS doubles FROM bookings a JOIN bookings b ON a.deskId = b.deskId AND a.id < b.id
     WHERE a.cancelledAt IS NULL AND b.cancelledAt IS NULL AND a.startsAt < b.endsAt AND b.startsAt < a.endsAt AND a.startsAt >= ?`,
    [new Date(tomorrow)],
  );
  const [[{ userDoubles }]] = await conn.query(
    `SELECT COUNT(*) AS userDoubles FROM bookings a JOIN bookings b ON a.userId = b.userId AND a.id < b.id
     WHERE a.cancelledAt IS NULL AND b.cancelledAt IS NULL AND a.startsAt < b.endsAt AND b.startsAt < a.endsAt AND a.startsAt >= ?`,
    [new Date(tomorrow)],
  );
  const codes = contention.statusCodeStats ?? {};
  const fiveHundreds = Object.entries(codes)
    .filter(([c]) => c.startsWith('5'))
    .reduce((n, [, v]) => n + v.count, 0);

  console.log('\nResults');
  for (const r of [trivial, trivialAuthenticated, availability, uncompressed, availabilitySolo, availabilityTen]) console.log(row(r));
  console.log(steadyRow(availabilityRush));
  const share = (r, of) => `${Math.round((r.requests.average / of.requests.average) * 100)} %`;
  console.log(
    `availability throughput = ${share(availability, trivial)} of the trivial endpoint (target ≥ 50 %; ${share(uncompressed, trivial)} uncompressed), ` +
      `${share(availability, trivialAuthenticated)} of the trivial authenticated one; ` +
      `p95 ${availabilityRush.p95} ms at a steady 200 req/s, ${availabilitySolo.p95} ms with 1 client, ${availabilityTen.p95} ms with 10, ${availability.p95} ms saturated by 20 clients (target p95 < 25 ms)`,
  );
  console.log(row(contention));
  console.log(
    `booking contention: status codes ${JSON.stringify(Object.fromEntries(Object.entries(codes).map(([c, v]) => [c, v.count])))}, 5xx ${fiveHundreds}, double-booked desk pairs ${doubles}, overlapping bookings of one person ${userDoubles}`,
  );
  console.log(`\nTotal ${Math.round((Date.now() - t0) / 1000)} s`);
} finally {
  await app.stop();
  await conn.end();
}

/** Reference data through the API (places) and bulk SQL (users, bookings). */
async function seed() {
  const admin = await signUp(app, {
    tenantName: 'Bench GmbH',
    displayName: 'Bench Admin',
    email: ADMIN_EMAIL,
    password: PASSWORD,
  });
  const token = admin.token;
  const tenantId = admin.tenant.id;
  const location = await createAlwaysOpenLocation(app.url, token);
  const floors = [];
  for (const name of ['Floor 1', 'Floor 2'])
    floors.push(await api(app.url, 'POST', `/api/locations/${location.id}/floors`, token, { name }));
  const desks = [];
  for (const floor of floors) {
    const created = await Promise.all(
      Array.from({ length: DESKS_PER_FLOOR }, (_, i) =>
        api(app.url, 'POST', `/api/floors/${floor.id}/desks`, token, { label: `D${i + 1}`, x: (i % 25) * 40, y: Math.floor(i / 25) * 40 }),
      ),
    );
    desks.push(...created.map((d) => ({ id: d.id, floorId: floor.id })));
  }

  // Users share one argon2 hash (computed by the API at sign-up) so seeding stays fast.
  const [[{ passwordHash }]] = await conn.query('SELECT passwordHash FROM users WHERE id = ?', [admin.user.id]);
  const users = Array.from({ length: USERS }, (_, i) => ({ id: randomUUID(), email: `bench-${i}@example.com` }));
  await conn.query('INSERT INTO users (id, tenantId, email, accountEmail, displayName, role, passwordHash, locale, createdAt) VALUES ?', [
    users.map((u, i) => [u.id, tenantId, u.email, u.email, `Bench User ${i}`, 'employee', passwordHash, 'en', new Date()]),
  ]);
  await acceptCurrentNoticeForAll(conn, tenantId);

  // 1,000,000 bookings over the past two years: three per desk and day (08–11, 11–14, 14–17 UTC).
  const slots = [8, 11, 14];
  let inserted = 0;
  const seedStart = Date.now();
  while (inserted < BOOKINGS) {
    const batch = [];
    for (let i = 0; i < 5000 && inserted < BOOKINGS; i++, inserted++) {
      const deskIndex = inserted % desks.length;
      const cell = Math.floor(inserted / desks.length);
      const day = Math.floor(cell / slots.length);
      const hour = slots[cell % slots.length];
      const startsAt = new Date(Math.floor(start / DAY) * DAY + day * DAY + hour * 3_600_000);
      const user = users[(inserted * 7919) % USERS];
      batch.push([
        randomUUID(),
        tenantId,
        desks[deskIndex].id,
        user.id,
        startsAt,
        new Date(startsAt.getTime() + 3 * 3_600_000),
        1,
        'shown',
        startsAt,
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
  console.log(`Seeded ${desks.length} desks, ${USERS} users, ${inserted} bookings in ${Math.round((Date.now() - seedStart) / 1000)} s`);
  await conn.query('ANALYZE TABLE bookings, desks, users');
  return { token, floors, desks, users };
}

/** BENCH_REUSE=1: the data of an earlier run; this run's contention bookings are removed first. */
async function reuseSeed() {
  await conn.query('DELETE FROM bookings WHERE startsAt >= ?', [new Date(Math.floor(Date.now() / DAY) * DAY)]);
  const { token } = await api(app.url, 'POST', '/api/auth/login', null, { email: ADMIN_EMAIL, password: PASSWORD });
  const [floors] = await conn.query('SELECT id FROM floors ORDER BY name');
  const [desks] = await conn.query('SELECT id, floorId FROM desks ORDER BY floorId, createdAt');
  const [users] = await conn.query("SELECT id, email FROM users WHERE email LIKE 'bench-%@example.com' AND email <> ? ORDER BY email", [
    ADMIN_EMAIL,
  ]);
  return { token, floors, desks, users };
}
