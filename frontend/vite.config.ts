/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { compression } from 'vite-plugin-compression2';

/** The backend during development (`cargo run -- serve` listens here by default). */
const backend = 'http://127.0.0.1:8080';

/**
 * Loading on a weak phone (docs/architecture.md, "Front end: loading on a weak phone"): every
 * hashed asset is also written as `.br` and `.gz` at the strongest levels, which the server sends as they are (actix's own
 * on-the-fly gzip is level 1); the manifest is what `scripts/js-budget.mjs` reads.
 */
const precompress = compression({
  include: /\.(js|css|svg)$/,
  algorithms: ['brotliCompress', 'gzip'],
  threshold: 1024,
});

/**
 * Vite links the stylesheet in <head>, where it holds back the first paint until it has arrived
 * (one more round trip: 2 s on a weak connection). After the app shell in <body>, the shell
 * paints from index.html alone, styled inline, and the stylesheet still comes before the app.
 */
const stylesheetAfterShell: Plugin = {
  name: 'commonground:stylesheet-after-shell',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const links = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
      const rest = links.reduce((page, link) => page.replace(link, ''), html);
      return rest.replace('</body>', `${links.map((link) => link.trim()).join('\n')}\n  </body>`);
    },
  },
};

export default defineConfig({
  plugins: [preact(), precompress, stylesheetAfterShell],
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
