// Booking import benchmark: one request with 100,000 past rows (the maximum) as CSV, on MariaDB
// (or SQLite with BENCH_SQLITE=1): how long the all-or-nothing import takes, and that every row landed.
// Run: npm run bench:import   (BENCH_ROWS, BENCH_MARIADB_URL to tune)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, historyCsv, seedImportTenant, startApp } from './support.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const DESKS = 100;
const PEOPLE = 200;

const sqlite = process.env.BENCH_SQLITE === '1';
const db = sqlite ? null : await freshDatabase('deskbook_bench_import');
const url = sqlite ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'deskbook-import-')), 'bench.sqlite')}` : db.url;
const app = await startApp(url);
try {
  const { token, emails } = await seedImportTenant(app, { desks: DESKS, people: PEOPLE });
  const body = historyCsv(ROWS, DESKS, emails);
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
