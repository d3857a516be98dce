import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests next to the code: pure logic, no database. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // Worker threads started from sources (the SVG sanitizer) load TypeScript through these hooks.
    execArgv: ['--import', new URL('../../scripts/lib/register-typescript.mjs', import.meta.url).href],
  },
});
