// Plan upload benchmark: while one tenant uploads a large SVG floor plan, how fast do /api/health and
// another tenant's requests answer? Before plans were sanitized in a worker thread, parsing the SVG
// blocked the event loop for the whole upload. On MariaDB (or SQLite with BENCH_SQLITE=1).
// Run: npm run bench:plans   (BENCH_RATE requests/s per probe, BENCH_MARIADB_URL to tune)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, createAlwaysOpenLocation, freshDatabase, startApp, steadyLoad, steadyRow, signUp } from './support.mjs';

const RATE = Number(process.env.BENCH_RATE ?? 20);
const PASSWORD = 'Correct-Horse-Battery-Bench-1';

/** The plan: 170,000 small squares, 9.4 MB; and one of 10,000, which the API accepts. */
const DRAWINGS = [170_000, 10_000];
const IDLE_SECONDS = 5;

function drawing(squares) {
  let body = '';
  for (let i = 0; i < squares; i++) body += `<rect x="${i % 997}" y="${i % 991}" width="4" height="4" fill="#369"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000">${body}</svg>`;
}

/**
 * The upload runs in a child process: building and sending 10 MB of multipart in this process would
 * delay the probes' own timers and count as server latency.
 */
const UPLOAD = `
const [url, token, file] = process.argv.slice(1);
const form = new FormData();
form.append('file', new Blob([readFileSync(file)], { type: 'image/svg+xml' }), 'plan.svg');
const started = performance.now();
const res = await fetch(url, { method: 'PUT', headers: { authorization: 'Bearer ' + token }, body: form });
const body = await res.json();
console.log(res.status + ' ' + (res.ok ? '' : body.code) + ' in ' + ((performance.now() - started) / 1000).toFixed(1) + ' s');
`;
function uploadInChild(url, token, file) {
  const child = spawn(process.execPath, [
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs';${UPLOAD}`,
    url,
    token,
    file,
  ]);
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.pipe(process.stderr);
  return new Promise((resolve) => child.on('exit', () => resolve(out.trim())));
}

const signup = (app, name) =>
  signUp(app, {
    tenantName: name,
    displayName: `${name} Admin`,
    email: `${name.toLowerCase()}-admin@example.com`,
    password: PASSWORD,
  });

const workDir = mkdtempSync(join(tmpdir(), 'deskbook-plans-'));
const sqlite = process.env.BENCH_SQLITE === '1';
const db = sqlite ? null : await freshDatabase('deskbook_bench_plans');
const url = sqlite ? `sqlite://${join(workDir, 'bench.sqlite')}` : db.url;
const app = await startApp(url);
try {
  const uploader = await signup(app, 'Uploader');
  const neighbour = await signup(app, 'Neighbour');
  const location = await createAlwaysOpenLocation(app.url, uploader.token);
  const floor = await api(app.url, 'POST', `/api/locations/${location.id}/floors`, uploader.token, { name: 'Floor 1' });
  const probe = (title, path, token, until) =>
    steadyLoad({
      title,
      baseUrl: app.url,
      rate: RATE,
      seconds: until ? 600 : IDLE_SECONDS,
      until,
      request: () => ({ path, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    });
  console.log(`${sqlite ? 'SQLite' : 'MariaDB'}, probes at ${RATE} req/s each\n\nidle (no upload), ${IDLE_SECONDS} s:`);
  for (const r of await Promise.all([
    probe('GET /api/health', '/api/health'),
    probe("GET /api/locations (another tenant's)", '/api/locations', neighbour.token),
  ]))
    console.log(steadyRow(r));
  for (const squares of DRAWINGS) {
    const svg = drawing(squares);
    const file = join(workDir, `plan-${squares}.svg`);
    writeFileSync(file, svg);
    let uploaded = false;
    const upload = uploadInChild(`${app.url}/api/floors/${floor.id}/plan`, uploader.token, file).then((outcome) => {
      uploaded = true;
      return outcome;
    });
    const [health, other, outcome] = await Promise.all([
      probe('GET /api/health', '/api/health', null, () => uploaded),
      probe("GET /api/locations (another tenant's)", '/api/locations', neighbour.token, () => uploaded),
      upload,
    ]);
    console.log(`\nupload of ${squares.toLocaleString('en')} squares (${(svg.length / 1e6).toFixed(1)} MB): ${outcome}`);
    console.log(steadyRow(health));
    console.log(steadyRow(other));
  }
} finally {
  await app.stop();
  await db?.conn.end();
  rmSync(workDir, { recursive: true, force: true });
}
