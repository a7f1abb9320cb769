/**
 * A read-only window into the live map for e2e tests and the benchmark (which cannot
 * read WebGL pixels by feature). It exposes facts a user sees, nothing that mutates.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { LAYER } from './ids';

export interface MapDebug {
  /** codes with at least one rendered fill feature */
  renderedCodes(): string[];
  /** codes whose rendered label anchor lies outside the canvas */
  codesOutsideViewport(anchors: Record<string, [number, number]>): string[];
  camera(): { lng: number; lat: number; zoom: number };
  generation: number;
}

declare global {
  interface Window {
    __mapDebug?: MapDebug;
  }
}

export function exposeMapDebug(map: MaplibreMap, generation: number): void {
  window.__mapDebug = {
    generation,
    renderedCodes() {
      const codes = new Set<string>();
      for (const f of map.queryRenderedFeatures({ layers: [LAYER.fill] })) {
        const code = f.properties?.code;
        if (typeof code === 'string') codes.add(code);
      }
      return [...codes].sort();
    },
    codesOutsideViewport(anchors) {
      const canvas = map.getCanvas();
      const w = canvas.clientWidth;
      const h = canvas.clientHeight;
      return Object.entries(anchors)
        .filter(([, lngLat]) => {
          const p = map.project(lngLat);
          return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
        })
        .map(([code]) => code);
    },
    camera() {
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
  };
}
