/**
 * The printable brief's region map as plain SVG paths, drawn by the same projection and
 * path builder as the national SVG map (src/geo/national-svg.ts): printing a WebGL canvas
 * is unreliable (it needs preserveDrawingBuffer and still rasterises).
 */
import type { JurisdictionFeatureCollection } from '../geo/boundaries';
import { boundsOf } from '../geo/bounds';
import type { LngLat } from '../geo/insets';
import { fittedPlane, polygonPath } from '../geo/national-svg';

export interface BriefShape {
  code: string;
  d: string;
  inRegion: boolean;
}
export interface BriefLabel {
  code: string;
  x: number;
  y: number;
}
export interface BriefMapGeometry {
  shapes: BriefShape[];
  labels: BriefLabel[];
}

/**
 * Paths for every jurisdiction that shows inside a width x height frame fitted to
 * `regionId`, and a label point per region member (its map label anchor when given).
 */
export function briefMapGeometry(
  fc: JurisdictionFeatureCollection,
  regionId: number,
  width: number,
  height: number,
  anchors?: Readonly<Record<string, LngLat>>,
  padding = 12,
): BriefMapGeometry {
  const members = fc.features.filter((f) => f.properties.regionId === regionId).map((f) => f.properties.code);
  if (members.length === 0) return { shapes: [], labels: [] };
  const plane = fittedPlane(boundsOf(members, fc), width, height, padding);
  const shapes: BriefShape[] = [];
  for (const f of fc.features) {
    const [[w, s], [e, n]] = boundsOf([f.properties.code], fc);
    const [x0, y0] = plane.project([w, n]);
    const [x1, y1] = plane.project([e, s]);
    // Skip what falls wholly outside the frame: smaller SVG, same picture.
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    shapes.push({ code: f.properties.code, d: polys.map((p) => polygonPath(p, plane)).join(''), inRegion: f.properties.regionId === regionId });
  }
  const labels = members.map((code) => {
    const [[w, s], [e, n]] = boundsOf([code], fc);
    const [x, y] = plane.project(anchors?.[code] ?? [(w + e) / 2, (s + n) / 2]);
    return { code, x, y };
  });
  return { shapes, labels };
}
