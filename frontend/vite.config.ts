/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/** The backend during development (`cargo run -- serve` listens here by default). */
const backend = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [preact()],
  server: {
    proxy: {
      '/api': { target: backend, ws: true },
      '/healthz': backend,
      '/readyz': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Form-filling tests query the DOM by role dozens of times (accessible names are computed in
    // jsdom); on a busy 2-core machine the longest takes about 5 s, vitest's default limit.
    testTimeout: 20_000,
  },
});
