import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps: served with the app, they would publish its source, comments included.
    sourcemap: false,
    // The zxcvbn dictionaries (~2.5 MB, loaded only on the password pages) are the one big chunk; the
    // entry chunks stay far below this.
    chunkSizeWarningLimit: 2600,
  },
});
