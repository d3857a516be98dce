// Booking import benchmark: one request with 100,000 past rows (the maximum) as CSV, on MariaDB
// (or SQLite with BENCH_SQLITE=1): how long the all-or-nothing import takes, and that every row landed.
// Run: npm run bench:import   (BENCH_ROWS, BENCH_MARIADB_URL to tune)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, createAlwaysOpenLocation, freshDatabase, startApp } from './support.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const DESKS = 100;
const PEOPLE = 200;
const DAY = 86_400_000;
const PASSWORD = 'Correct-Horse-Battery-Bench-1';

const sqlite = process.env.BENCH_SQLITE === '1';
const db = sqlite ? null : await freshDatabase('deskbook_bench_import');
const url = sqlite ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'deskbook-import-')), 'bench.sqlite')}` : db.url;
const app = await startApp(url);
try {
  const admin = await api(app.url, 'POST', '/api/auth/signup', null, {
    tenantName: 'Import GmbH',
    displayName: 'Import Admin',
    email: 'import-admin@example.com',
    password: PASSWORD,
  });
  const token = admin.token;
  await api(app.url, 'PATCH', '/api/tenant/settings', token, { privacy: { retention: { mode: 'anonymize', afterDays: 3650 } } });
  const location = await createAlwaysOpenLocation(app.url, token);
  const floor = await api(app.url, 'POST', `/api/locations/${location.id}/floors`, token, { name: 'Floor 1' });
  for (let i = 0; i < DESKS; i += 25) {
    await Promise.all(
      Array.from({ length: 25 }, (_, j) =>
        api(app.url, 'POST', `/api/floors/${floor.id}/desks`, token, { label: `D${i + j + 1}`, x: j * 40, y: i }),
      ),
    );
  }
  const emails = [];
  for (let i = 0; i < PEOPLE; i += 20) {
    const invited = await Promise.all(
      Array.from({ length: 20 }, (_, j) =>
        api(app.url, 'POST', '/api/users', token, {
          email: `import-${i + j}@example.com`,
          displayName: `Person ${i + j}`,
          role: 'employee',
        }),
      ),
    );
    emails.push(...invited.map((r) => r.user.email));
  }
  // Each desk: one booking a day going back in time, each by a different person (no overlaps).
  const today = Math.floor(Date.now() / DAY) * DAY;
  const lines = ['floorName,deskLabel,userEmail,startsAt,endsAt'];
  for (let i = 0; i < ROWS; i++) {
    const desk = i % DESKS;
    const day = Math.floor(i / DESKS) + 1;
    const startsAt = new Date(today - day * DAY + 9 * 3_600_000);
    lines.push(
      `Floor 1,D${desk + 1},${emails[(desk + day) % PEOPLE]},${startsAt.toISOString()},${new Date(startsAt.getTime() + 8 * 3_600_000).toISOString()}`,
    );
  }
  const body = lines.join('\n');
  const started = Date.now();
  const res = await fetch(`${app.url}/api/admin/bookings/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
  });
  const ms = Date.now() - started;
  console.log(
    `import of ${ROWS} rows (${(body.length / 1e6).toFixed(1)} MB CSV) on ${sqlite ? 'SQLite' : 'MariaDB'}: ${res.status} ${await res.text()} in ${(ms / 1000).toFixed(1)} s`,
  );
} finally {
  await app.stop();
  await db?.conn.end();
}
