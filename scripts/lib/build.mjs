import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(repoRoot, 'node_modules/.bin', name);

export const apiEntry = join(repoRoot, 'apps/api/dist/apps/api/src/main.js');
export const webIndex = join(repoRoot, 'apps/web/dist/index.html');

function run(cmd, args, cwd = repoRoot) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
}

/** Newest modification time of any file below the given folders (node_modules and dist skipped). */
function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  dirs.forEach((d) => walk(join(repoRoot, d)));
  return newest;
}

const isStale = (output, sources) => !existsSync(output) || statSync(output).mtimeMs < newestSource(sources);

export function buildApi({ ifStale = false } = {}) {
  if (ifStale && !isStale(apiEntry, ['apps/api/src', 'migrations'])) return;
  run(bin('tsc'), ['-p', 'apps/api/tsconfig.build.json']);
}

export function buildWeb({ ifStale = false } = {}) {
  if (ifStale && !isStale(webIndex, ['apps/web/src', 'apps/web/index.html', 'libs/api-client/src'])) return;
  run(bin('vite'), ['build'], join(repoRoot, 'apps/web'));
}
