// Baseline benchmark: the built app's latency and throughput on its cheapest endpoints, with
// autocannon. Later benchmarks (availability, booking under contention, the anonymization sweep)
// compare against the trivial endpoint measured here, in the same run, on the same machine.
//
//   npm run bench                               SQLite, in-process jobs
//   DATABASE_URL=mariadb://root:@127.0.0.1:3306/deskbook_bench REDIS_URL=redis://127.0.0.1:6379 npm run bench
import autocannon from 'autocannon';
import { buildApi } from '../../scripts/lib/build.mjs';
import { startBuiltApp } from '../../scripts/lib/serve.mjs';
import { signUp } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

function measure(title, url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ title, url, headers, duration: DURATION_S, connections: CONNECTIONS }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

function row(result) {
  const { latency, requests, non2xx, errors } = result;
  return `${result.title.padEnd(28)} ${String(Math.round(requests.average)).padStart(7)} req/s   p50 ${latency.p50} ms   p97.5 ${latency.p97_5} ms   p99 ${latency.p99} ms   non-2xx ${non2xx}   errors ${errors}`;
}

buildApi({ ifStale: true });
const app = await startBuiltApp({
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  REDIS_URL: process.env.REDIS_URL ?? '',
});
try {
  const { token } = await signUp(app, {
    tenantName: 'Bench GmbH',
    displayName: 'Bench',
    email: `bench.${Date.now()}@example.com`,
    password: 'Correct-Horse-Battery-Bench-1',
  });
  const auth = { authorization: `Bearer ${token}` };
  const results = [
    await measure('GET /api/health (trivial)', `${app.url}/api/health`),
    await measure('GET /api/me', `${app.url}/api/me`, auth),
    await measure('GET /api/tenant/settings', `${app.url}/api/tenant/settings`, auth),
  ];
  console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each\n`);
  for (const r of results) console.log(row(r));
} finally {
  await app.stop();
}
