import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstMapPlugin } from './scripts/vite-first-map';

export default defineConfig({
  plugins: [react(), firstMapPlugin()],
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
