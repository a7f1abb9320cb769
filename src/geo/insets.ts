/**
 * The composite national view: the lower 48 + DC at true lon/lat, the distant
 * jurisdictions moved into inset boxes beside them (like Albers-USA, but expressed in
 * lon/lat because the map itself is Web Mercator).
 *
 * Each inset projects its true geography with a local Albers conic (so Alaska keeps the
 * shape people know instead of Mercator's 2x stretch of its north), scales it, and
 * places that plane at `anchor` in Web Mercator space, so on screen an inset looks
 * exactly like its Albers picture. Pure and DOM-free: the geo build draws the insets with
 * it, and the app uses `toComposite` to put a searched true point on the composite map.
 */

export type LngLat = [number, number];
export type LngLatBounds = [LngLat, LngLat];
export type InsetId = 'AK' | 'HI' | 'PR-VI' | 'GU-MP' | 'AS';

export interface InsetDef {
  id: InsetId;
  label: string;
  codes: readonly string[];
  /** Centre of the true geography [lon, lat]; it lands on `anchor`. */
  center: LngLat;
  /** Albers standard parallels, bracketing the inset's latitudes. */
  parallels: [number, number];
  /** Size relative to the lower 48 around 38°N: 1 = as many pixels per km as Kansas. */
  scale: number;
  /** Composite [lon, lat] where `center` is drawn. */
  anchor: LngLat;
  /** The frame drawn around the inset; the build fails if a shape leaves it. */
  frame: LngLatBounds;
}

const RAD = Math.PI / 180;
/** Mercator stretch at the latitude the lower 48 is judged by, so `scale` reads as "vs. Kansas". */
const LOWER48_STRETCH = 1 / Math.cos(38 * RAD);

/*
 * Placement: one row along the bottom, over the Pacific and Mexico below the Southwest,
 * left to right: the Marianas (a tall column: the chain is ~600 km long, and Guam must
 * still be >= 25 px), Alaska, Hawaii, American Samoa; Puerto Rico
 * and the Virgin Islands below Florida. The composite then spans ~131°W-67°W,
 * 20°N-50°N, which 1280x720 (24 px padding) shows at zoom ~3.7, ~18 px per degree.
 * Scales are as small as keeps the smallest island clickable (the build checks it).
 */
export const INSETS: readonly InsetDef[] = [
  {
    id: 'AK',
    label: 'Alaska',
    codes: ['AK'],
    center: [-154, 62],
    parallels: [55, 65],
    scale: 0.36,
    anchor: [-115.51, 24.29],
    frame: [
      [-124.7, 20.5],
      [-109.1, 29.1],
    ],
  },
  {
    id: 'HI',
    label: 'Hawaii',
    codes: ['HI'],
    center: [-157.5, 20.6],
    parallels: [19, 22],
    scale: 1,
    anchor: [-104.96, 22.77],
    frame: [
      [-108.5, 20.5],
      [-101.4, 25.7],
    ],
  },
  {
    id: 'AS',
    label: 'American Samoa',
    codes: ['AS'],
    center: [-170.13, -14.26],
    parallels: [-14, -15],
    scale: 3,
    anchor: [-97.9, 21.31],
    frame: [
      [-100.8, 20.5],
      [-95, 22.7],
    ],
  },
  {
    id: 'GU-MP',
    label: 'Guam & N. Marianas',
    codes: ['GU', 'MP'],
    center: [145.35, 16.03],
    parallels: [13, 19],
    scale: 2.8,
    anchor: [-128.08, 29.74],
    frame: [
      [-130.9, 20.5],
      [-125.3, 39],
    ],
  },
  {
    id: 'PR-VI',
    label: 'Puerto Rico & U.S. Virgin Is.',
    codes: ['PR', 'VI'],
    center: [-66.26, 18.1],
    parallels: [17, 19],
    scale: 2,
    anchor: [-75.15, 21.78],
    frame: [
      [-79.5, 20.5],
      [-70.8, 23.8],
    ],
  },
];

const INSET_BY_CODE: ReadonlyMap<string, InsetDef> = new Map(
  INSETS.flatMap((inset) => inset.codes.map((code) => [code, inset] as const)),
);

/** The inset a jurisdiction is drawn in, or undefined for the lower 48 and DC. */
export function insetOf(code: string): InsetDef | undefined {
  return INSET_BY_CODE.get(code);
}

/** Bounds of national.json, padded a little (checked against the built file by the tests). */
export const COMPOSITE_BOUNDS: LngLatBounds = [
  [-131.2, 20.3],
  [-66.7, 49.6],
];

/** Web Mercator y in degree units, so x (= lon) and y share one screen scale. */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

export function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/** Albers conic equal-area on the unit sphere, in degrees of arc (d3's conicEqualArea). */
function albers(inset: InsetDef, lon: number, lat: number): LngLat {
  const [lat1, lat2] = inset.parallels;
  const sy0 = Math.sin(lat1 * RAD);
  const n = (sy0 + Math.sin(lat2 * RAD)) / 2;
  const c = 1 + sy0 * (2 * n - sy0);
  const rho = (phi: number) => Math.sqrt(c - 2 * n * Math.sin(phi * RAD)) / n;
  // Measure longitude from the centre the short way round: the Aleutians west of 180°
  // come in as +172..+180 and must land beside the rest of Alaska, not across the map.
  const dLon = ((((lon - inset.center[0]) % 360) + 540) % 360) - 180;
  const theta = n * dLon * RAD;
  const r = rho(lat);
  return [(r * Math.sin(theta)) / RAD, (rho(inset.center[1]) - r * Math.cos(theta)) / RAD];
}

/**
 * Where a true [lon, lat] in jurisdiction `code` is drawn on the composite map.
 * Identity (same values) for the lower 48, DC and any code without an inset.
 */
export function toComposite(code: string, lonLat: LngLat): LngLat {
  const inset = INSET_BY_CODE.get(code);
  if (!inset) return [lonLat[0], lonLat[1]];
  const [x, y] = albers(inset, lonLat[0], lonLat[1]);
  const k = inset.scale * LOWER48_STRETCH;
  return [inset.anchor[0] + k * x, inverseMercatorY(mercatorY(inset.anchor[1]) + k * y)];
}
