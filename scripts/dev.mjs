// `npm run dev`: the API (tsc --watch + node --watch) and Vite's dev server (which proxies /api) together.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { apiEntry, buildApi, repoRoot } from './lib/build.mjs';

buildApi();
const bin = (name) => join(repoRoot, 'node_modules/.bin', name);
const children = [
  spawn(bin('tsc'), ['-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: repoRoot, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch', '--watch-preserve-output', apiEntry], { cwd: repoRoot, stdio: 'inherit' }),
  spawn(bin('vite'), [], { cwd: join(repoRoot, 'apps/web'), stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && stop());
console.log('\nDeskbook dev: web on http://localhost:5173 (proxying /api to the API on http://localhost:3000)\n');
