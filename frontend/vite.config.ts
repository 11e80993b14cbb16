/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * Fluent catalogues (the `.ftl` files under `src/i18n/locales/`, imported `?raw`) ship without their comment
 * lines: they are notes for translators, which `@fluent/bundle` reads past at run time, and English
 * is in the first load (docs/i18n.md). Only whole lines starting with `#` go; a `#` inside a message
 * stays.
 */
const catalogueComments: Plugin = {
  name: 'commonground:catalogue-comments',
  apply: 'build',
  transform(code, id) {
    if (!/\.ftl\?raw$/.test(id)) return null;
    const source: unknown = JSON.parse(code.replace(/^export default /, '').replace(/;\s*$/, ''));
    if (typeof source !== 'string') return null;
    const stripped = source
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    return { code: `export default ${JSON.stringify(stripped)};`, map: null };
  },
};

/**
 * The service worker (Workbox, through vite-plugin-pwa; see docs/offline.md): it precaches the
 * app shell (index.html, the hashed scripts and styles, the icons) so the app opens offline, and
 * answers every page address with that shell. It caches nothing from the API: answers there are
 * personal (one person's notifications, a private neighbourhood), and a shared phone must never
 * show one person's data to the next; what a resident writes offline is kept by the app itself
 * (IndexedDB, per person), not by the worker.
 */
const pwa = VitePWA({
  // Registered by src/main.tsx (no inline script: the Content-Security-Policy forbids them).
  injectRegister: false,
  registerType: 'autoUpdate',
  includeAssets: ['favicon.svg', 'icon.svg'],
  manifest: {
    name: 'Commonground',
    short_name: 'Commonground',
    description: 'Neighbours and public services looking after a place together.',
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f4efe6',
    theme_color: '#2f5d50',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Source maps and the API docs' assets are not part of the shell.
    globIgnores: ['**/*.map', 'swagger-ui/**'],
    navigateFallback: '/index.html',
    // These addresses are the server's, never the app's pages.
    navigateFallbackDenylist: [/^\/api\//, /^\/open311\//, /^\/(healthz|readyz|metrics|robots\.txt)$/],
    // The worker's own source map would be public; nothing needs it.
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [preact(), catalogueComments, precompress, stylesheetAfterShell, pwa],
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
