import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests next to the code: pure logic, no database. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
