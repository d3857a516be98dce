// `npm test`: every suite in turn, then one plain line totalling them all.
//   typecheck, lint, API-client drift, unit (api, web), API e2e on SQLite, API e2e on MariaDB+Redis,
//   browser tests on Chromium against the built app, then the scripts' own tests (npm start, dependencies).
// MariaDB/Redis and Chromium suites are skipped with a notice when those are missing, unless
// E2E_REQUIRE_ALL=1 (set by .ci/run), which turns a missing dependency into a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './lib/build.mjs';
import { startBuiltApp } from './lib/serve.mjs';

const requireAll = process.env.E2E_REQUIRE_ALL === '1';
const resultsDir = join(repoRoot, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
// Failed tests by name, printed just above the totals so a CI log's tail says what broke.
const failures = [];

function record(name, counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  summary.push(`${counts.failed ? 'FAIL' : 'ok  '} ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

function run(cmd, args, env = {}) {
  console.log(`\n> ${[cmd, ...args].join(' ')}`);
  const res = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

/** A command that is one check (typecheck, lint, …): it passes or fails as a whole. */
function check(name, cmd, args) {
  const ok = run(cmd, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

/** A vitest suite, counted test by test from its JSON report. */
function vitest(name, config, env = {}) {
  const report = join(resultsDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const root = dirname(config).startsWith('e2e') ? '.' : dirname(config);
  const args = [
    'run',
    '--root',
    root,
    '--config',
    join(repoRoot, config),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const ok = run(join(repoRoot, 'node_modules/.bin/vitest'), args, env);
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (ok || r.numFailedTests ? 0 : 1),
      skipped: r.numPendingTests + r.numTodoTests,
    };
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status !== 'failed') continue;
        const reason = String(t.failureMessages?.[0] ?? '')
          .split('\n')[0]
          .slice(0, 300);
        failures.push(`${name} › ${relative(repoRoot, file.name)} › ${t.fullName}\n    ${reason}`);
      }
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failures.push(
          `${name} › ${relative(repoRoot, file.name)}\n    ${String(file.message ?? '')
            .split('\n')[0]
            .slice(0, 300)}`,
        );
      }
    }
  }
  record(name, counts);
}

function skip(name, reason) {
  console.log(`\n! ${name} skipped: ${reason}`);
  if (requireAll) record(`${name} (required: ${reason})`, { passed: 0, failed: 1, skipped: 0 });
  else record(`${name} (skipped: ${reason})`, { passed: 0, failed: 0, skipped: 1 });
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
const built = check('api client matches the API', 'npm', ['run', '--silent', 'api:check']);
vitest('unit: api', 'apps/api/vitest.config.ts');
vitest('unit: web', 'apps/web/vitest.config.ts');
vitest('api e2e: sqlite', 'e2e/api/vitest.config.ts', { E2E_DB: 'sqlite' });
if ((await reachable(3306)) && (await reachable(6379))) {
  vitest('api e2e: mariadb + redis', 'e2e/api/vitest.config.ts', { E2E_DB: 'mariadb' });
} else {
  skip('api e2e: mariadb + redis', 'MariaDB on 127.0.0.1:3306 and Redis on 127.0.0.1:6379 are needed');
}
if (!existsSync('/usr/bin/chromium')) {
  skip('browser', 'Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)');
} else if (check('build web app', 'npm', ['run', '--silent', 'build', '-w', 'apps/web']) && built) {
  const app = await startBuiltApp();
  try {
    vitest('browser', 'e2e/browser/vitest.config.ts', {
      DESKBOOK_URL: app.url,
      DESKBOOK_DATABASE_URL: app.databaseUrl,
      DESKBOOK_DATA_DIR: app.dataDir,
    });
  } finally {
    await app.stop();
  }
}

// Last: it reuses what the suites above built (npm start in a fresh checkout of this one).
vitest('scripts', 'scripts/vitest.config.mjs');

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\n${summary.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
