import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstMapPlugin } from './scripts/vite-first-map';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker (Workbox via vite-plugin-pwa, production builds only; the dev server
 * never registers it). It precaches the app shell, its chunks (the mock API worker
 * included) and the first map's geometry, so a reload with no network still boots into
 * the wall's stored snapshot; other geometry and the gazetteer are cached as they load.
 * API responses are NOT cached by it: see "Offline" in README.md.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html}', 'geo/{national,labels,inset-frames,region-borders,regions}.json'],
    // The maplibre chunk is over Workbox's default 2 MiB limit.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/api\//],
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/(geo|gazetteer)\/[^/]+\.json$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'app-data-files', expiration: { maxEntries: 64 } },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), firstMapPlugin(), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    strictPort: true,
    host: '127.0.0.1',
    // Transform the entry at start-up so the first page load is not the slow one.
    warmup: { clientFiles: ['./src/app/main.tsx'] },
  },
  // Pre-bundle the heavy dependencies up front: discovering them on first load makes the
  // dev server re-optimise and reload the page mid-way.
  optimizeDeps: {
    include: ['react', 'react-dom/client', 'react-map-gl/maplibre', 'maplibre-gl', '@tanstack/react-query', 'zod', 'd3', 'msw/browser'],
  },
  // The mock API worker (mocks/api-worker.ts) is started as a module worker.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
