/**
 * A read-only window into the live map for e2e tests and the benchmark (which cannot
 * read WebGL pixels by feature). It exposes facts a user sees, nothing that mutates.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { LAYER } from './ids';
import { captureMapCanvas } from './capture';

export interface MapDebug {
  /** codes with at least one rendered fill feature (composite, or true geography when zoomed to an inset) */
  renderedCodes(): string[];
  /** codes whose rendered label anchor lies outside the canvas */
  codesOutsideViewport(anchors: Record<string, [number, number]>): string[];
  camera(): { lng: number; lat: number; zoom: number };
  /** where composite [lon, lat] points are drawn, in viewport pixels */
  project(points: Record<string, [number, number]>): Record<string, [number, number]>;
  /** search marks drawn on the map (one per state of a ZIP across a state line) */
  searchMarks(): number;
  /** distinct colours in a sample of the drawn canvas (captured in a render callback) */
  distinctColours(): Promise<number>;
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
      const layers = [LAYER.fill, LAYER.trueFill].filter((id) => map.getLayer(id) !== undefined);
      for (const f of map.queryRenderedFeatures({ layers })) {
        const code = f.properties?.code;
        if (typeof code === 'string') codes.add(code);
      }
      return [...codes].sort();
    },
    project(points) {
      const box = map.getCanvas().getBoundingClientRect();
      return Object.fromEntries(
        Object.entries(points).map(([k, p]) => {
          const at = map.project(p);
          return [k, [box.left + at.x, box.top + at.y]];
        }),
      );
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
    async distinctColours() {
      const copy = await captureMapCanvas(map);
      const ctx = copy.getContext('2d');
      if (!ctx) return 0;
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return colours.size;
    },
    searchMarks() {
      if (map.getLayer(LAYER.searchPoint) === undefined) return 0;
      return map.queryRenderedFeatures({ layers: [LAYER.searchPoint] }).length;
    },
    camera() {
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
  };
}
