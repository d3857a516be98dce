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

/** Newest modification time of the given files and of any file below the given folders (node_modules and dist skipped). */
function newestSource(paths) {
  let newest = 0;
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(join(path, entry.name));
    }
  };
  paths.forEach((p) => walk(join(repoRoot, p)));
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
