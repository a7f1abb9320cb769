/**
 * Builds public/geo/* from us-atlas (no network): `npx tsx scripts/build-geo.ts`.
 * Output is deterministic (fixed simplification weights, rounded coordinates, sorted
 * features, literal key order) so a rebuild only diffs when the inputs change.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { JURISDICTION_BY_FIPS, JURISDICTIONS, REGION_IDS } from '../src/data/reference';
import type { JurisdictionProps, LabelAnchors } from '../src/geo/boundaries';
import { boundsContain, boundsOf, fitZoom, pixelsPerDegree } from '../src/geo/bounds';
import { COMPOSITE_BOUNDS, INSETS, insetOf, inverseMercatorY, mercatorY, toComposite } from '../src/geo/insets';
import type { LngLat } from '../src/geo/insets';
import { interiorPoint, largestPolygon, signedRingArea } from '../src/geo/polygon';

/*
 * Weights are areas in Mercator degrees (x = lon, y = mercatorY), the plane the composite
 * is simplified in, so one tolerance means the same on-screen error for every inset.
 * At the national zoom (~19 px/degree) both are far below a pixel; they are set for the
 * region zoom (~150 px/degree), where 2e-4 is a ~4 px² triangle and 5e-4 a ~3x3 px islet.
 * us-atlas 10m is already generalised (~12k points for all 56), so this trims ~8%.
 */
const COMPOSITE_MIN_TRIANGLE = 2e-4;
const COMPOSITE_MIN_RING = 5e-4;
const COMPOSITE_DECIMALS = 3;
const TRUE_DECIMALS = 4; // ~10 m: finer than us-atlas's own grid (0.0036° x 0.0009°)
const CHECK_VIEWPORT = { width: 1280, height: 720, padding: 24, minInsetPixels: 25 };

type Polygons = Position[][][];
type Shape = Polygon | MultiPolygon;
type Mapper = (p: Position) => Position;

const atlas = (file: string) => fileURLToPath(new URL(`../node_modules/us-atlas/${file}`, import.meta.url));
const outDir = fileURLToPath(new URL('../public/geo/', import.meta.url));
const readTopology = (file: string) => JSON.parse(readFileSync(atlas(file), 'utf8')) as Topology;

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};
const polygonsOf = (g: Shape): Polygons => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const shapeOf = (polys: Polygons): Shape =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
const toPlane: Mapper = (p) => [p[0]!, mercatorY(p[1]!)];
const fromPlane: Mapper = (p) => [p[0]!, inverseMercatorY(p[1]!)];

/**
 * Map, round, drop repeated points and collapsed rings, and wind RFC 7946-style
 * (outer counter-clockwise) so strict consumers agree with MapLibre.
 */
function clean(polys: Polygons, map: Mapper, decimals: number): Polygons {
  const out: Polygons = [];
  for (const poly of polys) {
    const rings: Position[][] = [];
    poly.forEach((ring, i) => {
      const pts: Position[] = [];
      for (const p of ring) {
        const [x, y] = map(p);
        const q = [round(x!, decimals), round(y!, decimals)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
      }
      const area = signedRingArea(pts);
      if (pts.length < 4 || area === 0) return;
      if (i > 0 && rings.length === 0) return; // hole of a collapsed outer ring
      if (area > 0 === (i > 0)) pts.reverse();
      rings.push(pts);
    });
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function featureCollection<P>(features: Feature<Shape, P>[]): FeatureCollection<Shape, P> {
  return { type: 'FeatureCollection', features };
}

function write(name: string, value: unknown): void {
  const text = JSON.stringify(value);
  writeFileSync(outDir + name, text);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${name.padEnd(20)} ${kb(text.length).padStart(9)} raw ${kb(gzipSync(text).length).padStart(9)} gzip`);
}

function fail(message: string): never {
  throw new Error(`build-geo: ${message}`);
}

// ---- Sources ---------------------------------------------------------------------------

const statesTopo = readTopology('states-10m.json');
const countiesTopo = readTopology('counties-10m.json');

function jurisdictionProps(fips: unknown): JurisdictionProps {
  const ref = JURISDICTION_BY_FIPS.get(String(fips)) ?? fail(`unknown state FIPS ${String(fips)}`);
  return { code: ref.code, fips: ref.fips, name: ref.name, regionId: ref.regionId };
}

const trueStates = feature(statesTopo, statesTopo.objects.states as GeometryCollection).features.map((f) => ({
  props: jurisdictionProps(f.id),
  geometry: f.geometry as Shape,
}));
if (new Set(trueStates.map((s) => s.props.code)).size !== JURISDICTIONS.length) fail('us-atlas lacks a jurisdiction');
trueStates.sort((a, b) => a.props.fips.localeCompare(b.props.fips));

// ---- Composite national view ---------------------------------------------------------

const planeFc = featureCollection(
  trueStates.map(({ props, geometry }) => ({
    type: 'Feature' as const,
    properties: props,
    geometry: shapeOf(polygonsOf(geometry).map((poly) => poly.map((ring) => ring.map((p) => toPlane(toComposite(props.code, [p[0]!, p[1]!])))))),
  })),
);
const presimplified = presimplify(topology({ jurisdictions: planeFc }) as Topology<Objects<JurisdictionProps>>);
const filtered = filter(presimplified, filterWeight(presimplified, COMPOSITE_MIN_RING));
const compositeTopo = simplify(filtered, COMPOSITE_MIN_TRIANGLE);
const compositeObjects = compositeTopo.objects.jurisdictions as GeometryCollection<JurisdictionProps>;

const national = featureCollection(
  feature(compositeTopo, compositeObjects).features.map((f) => ({
    type: 'Feature' as const,
    properties: f.properties,
    geometry: shapeOf(clean(polygonsOf(f.geometry as Shape), fromPlane, COMPOSITE_DECIMALS)),
  })),
);
if (national.features.length !== JURISDICTIONS.length) fail('a jurisdiction vanished in simplification');

const regions = featureCollection(
  REGION_IDS.map((regionId) => {
    const members = compositeObjects.geometries.filter((g) => (g.properties as JurisdictionProps).regionId === regionId);
    // merge() joins along shared arcs, so interior state borders disappear exactly.
    const merged = merge(compositeTopo, members as Parameters<typeof merge>[1]);
    return {
      type: 'Feature' as const,
      properties: { regionId },
      geometry: shapeOf(clean(merged.coordinates, fromPlane, COMPOSITE_DECIMALS)),
    };
  }),
);

// Borders between regions only (arcs whose two sides lie in different regions): the first
// screen draws these lines, a fraction of the size of the full region polygons, which are
// loaded later for the selected-region highlight.
/** A Mercator-plane point back to composite lon/lat, rounded as the files store it. */
const planeToLngLat = ([x, y]: [number, number]): LngLat => [round(x, COMPOSITE_DECIMALS), round(inverseMercatorY(y), COMPOSITE_DECIMALS)];

const borderMesh = mesh(compositeTopo, compositeObjects, (a, b) => a !== b && (a.properties as JurisdictionProps).regionId !== (b.properties as JurisdictionProps).regionId);
const regionBorders = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: borderMesh.coordinates.map((line) => line.map((p) => planeToLngLat([p[0]!, p[1]!]))),
      },
    },
  ],
};

// ---- Labels: computed in the Mercator plane so "far from the edge" means on screen -----

const largestPlanePolygon = (g: Shape) => largestPolygon(polygonsOf(g).map((poly) => poly.map((ring) => ring.map(toPlane))));

const statePlaneLabels = new Map(national.features.map((f) => [f.properties.code, interiorPoint(largestPlanePolygon(f.geometry))]));
const labels: LabelAnchors = {
  jurisdictions: Object.fromEntries(
    [...statePlaneLabels].sort(([a], [b]) => a.localeCompare(b)).map(([code, xy]) => [code, planeToLngLat(xy)]),
  ),
  regions: Object.fromEntries(
    regions.features.map((f) => {
      const others = national.features.filter((s) => s.properties.regionId === f.properties.regionId).map((s) => statePlaneLabels.get(s.properties.code)!);
      // Well inside the region, but as far from its states' labels as from its edges.
      const clearOfStates = (x: number, y: number, edge: number) =>
        Math.min(edge, ...others.map(([sx, sy]) => Math.hypot(sx - x, sy - y)));
      return [String(f.properties.regionId), planeToLngLat(interiorPoint(largestPlanePolygon(f.geometry), 24, clearOfStates))];
    }),
  ),
};

// ---- Inset frames, and checks that the composite is laid out as promised -------------

const insetFrames = {
  type: 'FeatureCollection' as const,
  features: INSETS.map(({ id, label, frame: [[w, s], [e, n]] }) => ({
    type: 'Feature' as const,
    properties: { inset: id, label },
    geometry: { type: 'LineString' as const, coordinates: [[w, s], [e, s], [e, n], [w, n], [w, s]] },
  })),
};

const zoom = fitZoom(COMPOSITE_BOUNDS, CHECK_VIEWPORT.width, CHECK_VIEWPORT.height, CHECK_VIEWPORT.padding);
const problems: string[] = [];
for (const f of national.features) {
  const { code } = f.properties;
  const inset = insetOf(code);
  const pts = polygonsOf(f.geometry).flat(2);
  if (!pts.every((p) => boundsContain(COMPOSITE_BOUNDS, p))) problems.push(`${code} leaves COMPOSITE_BOUNDS`);
  if (inset && !pts.every((p) => boundsContain(inset.frame, p))) problems.push(`${code} leaves its ${inset.id} frame`);
  if (!inset && INSETS.some((i) => pts.some((p) => boundsContain(i.frame, p)))) problems.push(`${code} is overlapped by an inset frame`);
  if (inset) {
    const [[w, s], [e, n]] = boundsOf([code], national);
    const px = pixelsPerDegree(zoom) * Math.max(e - w, mercatorY(n) - mercatorY(s));
    if (px < CHECK_VIEWPORT.minInsetPixels) problems.push(`${code} is only ${px.toFixed(0)} px across at 1280x720`);
    console.log(`${code} ${px.toFixed(0).padStart(4)} px across at zoom ${zoom.toFixed(2)}, bbox ${JSON.stringify([[w, s], [e, n]])}`);
  }
}
console.log(`composite extent ${JSON.stringify(boundsOf(JURISDICTIONS.map((j) => j.code), national))}`);
if (problems.length > 0) fail(`composite layout:\n  ${problems.join('\n  ')}`);

// ---- True geography for point lookup ---------------------------------------------------

// Kept at full us-atlas resolution: it is already coarse, and any further simplification
// pushes coastal cities (Charlotte Amalie, Honolulu) out of their own state.
const jurisdictions = featureCollection(
  trueStates.map(({ props, geometry }) => {
    const polys = clean(polygonsOf(geometry), (p) => p, TRUE_DECIMALS);
    // Point lookup indexes each part's bbox; a part straddling 180° would span the globe.
    for (const poly of polys) {
      const xs = poly[0]!.map((p) => p[0]!);
      if (Math.max(...xs) - Math.min(...xs) > 180) fail(`${props.code} has a part crossing the antimeridian`);
    }
    return { type: 'Feature' as const, properties: props, geometry: shapeOf(polys) };
  }),
);

// ---- Counties: one interior point each, for the gazetteer -----------------------------

const counties = feature(countiesTopo, countiesTopo.objects.counties as GeometryCollection<{ name: string }>)
  .features.map((f) => {
    const fips = String(f.id);
    const { code } = jurisdictionProps(fips.slice(0, 2));
    const polys = polygonsOf(f.geometry as Shape);
    // Aleutians West spans 180°: unwrap east longitudes so the county is one shape.
    const unwrap = (lon: number) => (code === 'AK' && lon > 0 ? lon - 360 : lon);
    const lat0 = polys[0]![0]![0]![1]!;
    const cos = Math.cos((lat0 * Math.PI) / 180);
    const plane = polys.map((poly) => poly.map((ring) => ring.map((p) => [unwrap(p[0]!) * cos, p[1]!])));
    const [x, y] = interiorPoint(largestPolygon(plane), 12);
    const lon = x / cos < -180 ? x / cos + 360 : x / cos;
    return [fips, f.properties.name, code, round(lon, TRUE_DECIMALS), round(y, TRUE_DECIMALS)] as const;
  })
  .sort((a, b) => a[0].localeCompare(b[0]));

// ---- Write -----------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
write('national.json', national);
write('regions.json', regions);
write('region-borders.json', regionBorders);
write('labels.json', labels);
write('inset-frames.json', insetFrames);
write('jurisdictions.json', jurisdictions);
write('counties.json', counties);
