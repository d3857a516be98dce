import { defineConfig } from 'vitest/config';

/** Unit tests next to the code: pure logic, no database. */
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
