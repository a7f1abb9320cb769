/**
 * The printable brief's region map as plain SVG paths. Printing a WebGL canvas is
 * unreliable (it needs preserveDrawingBuffer and still rasterises), so the brief draws the
 * same composite geometry the map uses with d3.geoPath.
 *
 * The boundary files follow RFC 7946 winding (exterior rings counter-clockwise), which
 * d3's spherical projections read as "the whole globe minus the state"; projecting to
 * Web Mercator ourselves and using a planar identity projection sidesteps winding and
 * matches the look of the on-screen map.
 */
import { geoIdentity, geoPath } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { JurisdictionFeatureCollection, JurisdictionProps } from '../geo/boundaries';
import { mercatorY, type LngLat } from '../geo/insets';

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

type JurisdictionFeature = Feature<Polygon | MultiPolygon, JurisdictionProps>;

const toPlanar = (p: Position): Position => [p[0] ?? 0, mercatorY(p[1] ?? 0)];

function planar(f: JurisdictionFeature): JurisdictionFeature {
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(toPlanar)) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(toPlanar))) };
  return { ...f, geometry };
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
  const all = fc.features.map(planar);
  const members = all.filter((f) => f.properties.regionId === regionId);
  if (members.length === 0) return { shapes: [], labels: [] };
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'FeatureCollection', features: members },
    );
  const path = geoPath(projection);
  const shapes: BriefShape[] = [];
  for (const f of all) {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    // Skip what falls wholly outside the frame: smaller SVG, same picture.
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) continue;
    const d = path(f);
    if (d) shapes.push({ code: f.properties.code, d, inRegion: f.properties.regionId === regionId });
  }
  const labels = members.map((f) => {
    const anchor = anchors?.[f.properties.code];
    const point = anchor ? projection([anchor[0], mercatorY(anchor[1])]) : null;
    const [x, y] = point ?? path.centroid(f);
    return { code: f.properties.code, x, y };
  });
  return { shapes, labels };
}
