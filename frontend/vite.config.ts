/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { compression } from 'vite-plugin-compression2';

/** The backend during development (`cargo run -- serve` listens here by default). */
const backend = 'http://127.0.0.1:8080';

/**
 * Loading on a weak phone (docs/frontend.md, "Loading"): every hashed asset is also written as
 * `.br` and `.gz` at the strongest levels, which the server sends as they are (actix's own
 * on-the-fly gzip is level 1); the manifest is what `scripts/js-budget.mjs` reads.
 */
const precompress = compression({
  include: /\.(js|css|svg)$/,
  algorithms: ['brotliCompress', 'gzip'],
  threshold: 1024,
});

export default defineConfig({
  plugins: [preact(), precompress],
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
    manifest: true,
    // Maps are written for reading stack traces on the server's machine, never linked from the
    // scripts; the server refuses `.map` (1.5 MB of source) with 404.
    sourcemap: 'hidden',
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
