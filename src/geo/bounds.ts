/**
 * Bounds on the composite map, in the shape MapLibre's fitBounds takes.
 * All "pixel" maths is Web Mercator with MapLibre's 512 px world at zoom 0.
 */
import type { Position } from 'geojson';
import type { JurisdictionFeatureCollection } from './boundaries';
import { COMPOSITE_BOUNDS, mercatorY } from './insets';
import type { LngLatBounds } from './insets';

const WORLD_PIXELS_AT_Z0 = 512;

/** Screen pixels per degree of longitude (and per Mercator-y degree) at `zoom`. */
export function pixelsPerDegree(zoom: number): number {
  return (WORLD_PIXELS_AT_Z0 * 2 ** zoom) / 360;
}

/** The zoom at which `bounds` just fits a width x height viewport inside `padding`. */
export function fitZoom(bounds: LngLatBounds, width: number, height: number, padding = 0): number {
  const [[w, s], [e, n]] = bounds;
  const perDegree = Math.min((width - 2 * padding) / (e - w), (height - 2 * padding) / (mercatorY(n) - mercatorY(s)));
  return Math.log2((perDegree * 360) / WORLD_PIXELS_AT_Z0);
}

/** Whether a [lon, lat] lies inside (or on the edge of) `bounds`. */
export function boundsContain([[w, s], [e, n]]: LngLatBounds, [x = NaN, y = NaN]: readonly number[]): boolean {
  return x >= w && x <= e && y >= s && y <= n;
}

const cache = new WeakMap<JurisdictionFeatureCollection, Map<string, LngLatBounds>>();

function boundsByCode(fc: JurisdictionFeatureCollection): Map<string, LngLatBounds> {
  let byCode = cache.get(fc);
  if (byCode) return byCode;
  byCode = new Map();
  for (const f of fc.features) {
    const polys: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of polys.flat(2)) {
      w = Math.min(w, p[0]!);
      e = Math.max(e, p[0]!);
      s = Math.min(s, p[1]!);
      n = Math.max(n, p[1]!);
    }
    byCode.set(f.properties.code, [
      [w, s],
      [e, n],
    ]);
  }
  cache.set(fc, byCode);
  return byCode;
}

/**
 * Bounds of a set of jurisdictions on the composite map (so a region's bounds include
 * its insets). Unknown codes are ignored; an empty set gives the national view, which is
 * what "fit nothing in particular" should show.
 */
export function boundsOf(codes: readonly string[], fc: JurisdictionFeatureCollection): LngLatBounds {
  const byCode = boundsByCode(fc);
  const parts = codes.map((code) => byCode.get(code)).filter((b): b is LngLatBounds => b !== undefined);
  if (parts.length === 0) return COMPOSITE_BOUNDS;
  return [
    [Math.min(...parts.map((b) => b[0][0])), Math.min(...parts.map((b) => b[0][1]))],
    [Math.max(...parts.map((b) => b[1][0])), Math.max(...parts.map((b) => b[1][1]))],
  ];
}

/**
 * Bounds of one jurisdiction in TRUE geography (jurisdictions.json), for a close zoom on a
 * jurisdiction the composite draws in an inset. Alaska's Aleutians run past 180°: parts
 * east of it are unwrapped to the west (-190°…) and the box is clipped at -180°, which is
 * where the map ends (no world copies). Null for an unknown code.
 */
export function trueBoundsOf(code: string, fc: JurisdictionFeatureCollection): LngLatBounds | null {
  const f = fc.features.find((x) => x.properties.code === code);
  if (!f) return null;
  const points = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
  const lons = points.map((p) => p[0]!);
  const straddles = lons.some((x) => x > 90) && lons.some((x) => x < -90);
  const xs = straddles ? lons.map((x) => (x > 0 ? x - 360 : x)) : lons;
  const ys = points.map((p) => p[1]!);
  return [
    [Math.max(-180, Math.min(...xs)), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
