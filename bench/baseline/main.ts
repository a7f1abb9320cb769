/**
 * The benchmark's yardstick: the least a page can do to show the same national geometry
 * with the same MapLibre build — one GeoJSON source, a fill and a line, no labels, no data,
 * no React. The dashboard's map-ready time is reported as a ratio to this page's.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { COMPOSITE_BOUNDS } from '../../src/geo/insets';

declare global {
  interface Window {
    /** performance.now() at the first idle with the source loaded (navigation start = 0) */
    __benchReady?: number;
  }
}

// Same reason as the app: maplibre-gl 6 is ESM and its worker must be named under Vite.
maplibregl.setWorkerUrl(workerUrl);

const map = new maplibregl.Map({
  container: 'map',
  bounds: COMPOSITE_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  renderWorldCopies: false,
  style: {
    version: 8,
    sources: {
      // Absolute: the worker would resolve a relative URL against its own script's path.
      national: { type: 'geojson', data: new URL('/geo/national.json', location.origin).href },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e8eef3' } },
      { id: 'fill', type: 'fill', source: 'national', paint: { 'fill-color': '#5b8db8' } },
      { id: 'line', type: 'line', source: 'national', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    ],
  },
});

map.on('idle', () => {
  if (window.__benchReady === undefined && map.isSourceLoaded('national')) window.__benchReady = performance.now();
});
