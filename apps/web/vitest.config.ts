import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // One jsdom for all files instead of one per file: ~4x faster here. The setup file resets what
    // tests share (fetch answers, Mantine stores, language, localStorage) after every test.
    isolate: false,
  },
});
