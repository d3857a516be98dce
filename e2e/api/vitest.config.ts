import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * API end-to-end suite: the real Nest app on a real database. `E2E_DB=sqlite` (default) or
 * `E2E_DB=mariadb` (with Redis for jobs); global-setup creates a fresh database for the run.
 */
export default defineConfig({
  test: {
    include: ['e2e/api/**/*.e2e.spec.ts'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
    globalSetup: ['e2e/api/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Worker threads started from sources (the SVG sanitizer) load TypeScript through these hooks.
    execArgv: ['--import', new URL('../../scripts/lib/register-typescript.mjs', import.meta.url).href],
  },
});
