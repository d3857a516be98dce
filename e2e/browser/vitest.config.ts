import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (playwright-core) against a running Deskbook at DESKBOOK_URL.
// Run: DESKBOOK_URL=http://localhost:3000 npx vitest run --config e2e/browser/vitest.config.ts
export default defineConfig({
  // Keep Vite's cache with the others instead of creating e2e/browser/node_modules.
  cacheDir: '../../node_modules/.vite/e2e-browser',
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and the flows share one API.
    fileParallelism: false,
  },
});
