// `npm run demo`: builds the API if its sources changed, then fills the database `npm start` uses
// (DATABASE_URL, or the embedded SQLite file in DATA_DIR) with the demo company. Arguments go to the
// CLI: `npm run demo -- --reset` starts over, `-- --help` lists the rest.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildApi, repoRoot } from './lib/build.mjs';

buildApi({ ifStale: true });
const res = spawnSync(process.execPath, [join(repoRoot, 'apps/api/dist/apps/api/src/demo/demo.cli.js'), ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
});
process.exit(res.status ?? 1);
