import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests of the project's own scripts and setup (npm start, the dependency tree). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
