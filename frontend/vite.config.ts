/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The backend during development (`cargo run -- serve` listens here by default). */
const backend = 'http://127.0.0.1:8080';

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
  plugins: [preact(), pwa],
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
