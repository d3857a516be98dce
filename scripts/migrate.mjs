// `npm run migrate`: applies pending migrations to DATABASE_URL (or the default SQLite file) and exits.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildApi, repoRoot } from './lib/build.mjs';

buildApi({ ifStale: true });
const res = spawnSync(process.execPath, [join(repoRoot, 'apps/api/dist/apps/api/src/database/migrate.js')], {
  cwd: repoRoot,
  stdio: 'inherit',
});
process.exit(res.status ?? 1);
