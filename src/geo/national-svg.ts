/**
 * The composite national view as SVG geometry: the same Web Mercator plane the WebGL map
 * draws (COMPOSITE_BOUNDS fitted like MapLibre's fitBounds), so a switch between the two
 * moves no state. Pure and DOM-free: the build writes it into index.html (first picture
 * before any script), the no-WebGL map and the print/PNG exports draw from it.
 *
 * Coordinates are in a viewBox 1000 units wide, rounded to 0.1 unit (≈ 0.4 px on a
 * 4K-wide map): crisp at any screen size while the inline HTML stays small.
 */
import type { Position } from 'geojson';
import type { JurisdictionFeatureCollection, LabelAnchors } from './boundaries';
import { COMPOSITE_BOUNDS, mercatorY, type LngLat, type LngLatBounds } from './insets';

export const SVG_WIDTH = 1000;

export interface SvgPlane {
  /** viewBox width and height */
  width: number;
  height: number;
  project: (lngLat: readonly number[]) => [number, number];
}

export interface SvgShape {
  code: string;
  name: string;
  regionId: number;
  /** path data, absolute first point then relative moves */
  d: string;
}

export interface NationalSvgGeometry {
  width: number;
  height: number;
  shapes: SvgShape[];
  /** inset frames, one path */
  frames: string;
  /** region borders, one path */
  regionBorders: string;
  /** label anchors by code, in viewBox units */
  labels: Record<string, [number, number]>;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * `bounds` fitted into a width × height frame inside `padding`, centred, in one Mercator
 * scale: what MapLibre's fitBounds does. x grows east, y grows south.
 */
export function fittedPlane(bounds: LngLatBounds, width: number, height: number, padding = 0): SvgPlane {
  const [[w, s], [e, n]] = bounds;
  const top = mercatorY(n);
  const k = Math.min((width - 2 * padding) / (e - w), (height - 2 * padding) / (top - mercatorY(s)));
  const x0 = (width - k * (e - w)) / 2;
  const y0 = (height - k * (top - mercatorY(s))) / 2;
  return { width, height, project: ([lon = 0, lat = 0]) => [round(x0 + (lon - w) * k), round(y0 + (top - mercatorY(lat)) * k)] };
}

/** The plane of `bounds` itself: a viewBox SVG_WIDTH wide, as tall as the bounds are in Mercator. */
export function svgPlane(bounds: LngLatBounds = COMPOSITE_BOUNDS): SvgPlane {
  const [[w, s], [e, n]] = bounds;
  const height = round(((mercatorY(n) - mercatorY(s)) * SVG_WIDTH) / (e - w));
  return fittedPlane(bounds, SVG_WIDTH, height);
}

/** One ring or line as path data: rounded, consecutive duplicates dropped, relative steps. */
function linePath(points: readonly Position[], plane: SvgPlane, close: boolean): string {
  let out = '';
  let prev: [number, number] | null = null;
  for (const p of points) {
    const [x, y] = plane.project(p);
    if (prev === null) out += `M${x} ${y}`;
    else if (x !== prev[0] || y !== prev[1]) out += `l${round(x - prev[0])} ${round(y - prev[1])}`;
    else continue;
    prev = [x, y];
  }
  return close && out ? `${out}z` : out;
}

export function polygonPath(rings: readonly (readonly Position[])[], plane: SvgPlane): string {
  return rings.map((ring) => linePath(ring, plane, true)).join('');
}

export interface GeometryInputs {
  national: JurisdictionFeatureCollection;
  labels: LabelAnchors;
  frames: { features: { geometry: { coordinates: Position[] } }[] };
  regionBorders: { features: { geometry: { type: string; coordinates: Position[] | Position[][] } }[] };
}

/** Everything the national SVG draws, projected once. Shapes are sorted by code (stable output). */
export function nationalSvgGeometry(inputs: GeometryInputs, bounds: LngLatBounds = COMPOSITE_BOUNDS): NationalSvgGeometry {
  const plane = svgPlane(bounds);
  const shapes = inputs.national.features
    .map((f): SvgShape => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return { code: f.properties.code, name: f.properties.name, regionId: f.properties.regionId, d: polys.map((p) => polygonPath(p, plane)).join('') };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const frames = inputs.frames.features.map((f) => linePath(f.geometry.coordinates, plane, false)).join('');
  const regionBorders = inputs.regionBorders.features
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates as Position[]] : (f.geometry.coordinates as Position[][])))
    .map((line) => linePath(line, plane, false))
    .join('');
  const labels: Record<string, [number, number]> = {};
  for (const [code, at] of Object.entries(inputs.labels.jurisdictions)) labels[code] = plane.project(at as LngLat);
  return { width: plane.width, height: plane.height, shapes, frames, regionBorders, labels };
}

/** Composite [lon, lat] points (e.g. callout label positions) in the national viewBox. */
export function projectPoints(points: Readonly<Record<string, readonly number[]>>, bounds: LngLatBounds = COMPOSITE_BOUNDS): Record<string, [number, number]> {
  const plane = svgPlane(bounds);
  return Object.fromEntries(Object.entries(points).map(([k, p]) => [k, plane.project(p)]));
}
