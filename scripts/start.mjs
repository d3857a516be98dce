// `npm start`: builds what is not built (or is older than its sources), then runs the app, which
// migrates the database before it listens. One port serves the API and the web app.
import { spawn } from 'node:child_process';
import { apiEntry, buildApi, buildWeb, repoRoot } from './lib/build.mjs';

buildApi({ ifStale: true });
buildWeb({ ifStale: true });
const child = spawn(process.execPath, [apiEntry], { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
