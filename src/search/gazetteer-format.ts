/**
 * The on-disk shape of public/gazetteer/*.json. Columnar arrays of small integers
 * (delta-encoded, coordinates in thousandths of a degree ≈ 110 m) so gzip can do its
 * work: the ZIP table is ~42,000 rows. The build writes these; the app decodes them.
 */

export const GAZETTEER_VERSION = 1;

/** Coordinates are stored as integers in units of 1/COORD_SCALE degree. */
export const COORD_SCALE = 1000;

export interface ZipAsset {
  v: typeof GAZETTEER_VERSION;
  /** state/territory codes indexed by the runs below (same table as places.json) */
  states: string[];
  /** ZIP codes as numbers, ascending, delta-encoded */
  zip: number[];
  /** [stateIndex, count, stateIndex, count, ...] over the ZIP rows */
  stateRuns: number[];
  /** per ZIP: index of its city among its state's cities in places.json, -1 when none */
  city: number[];
  /** delta-encoded, 1/COORD_SCALE degrees */
  lat: number[];
  lon: number[];
}

export interface PlacesAsset {
  v: typeof GAZETTEER_VERSION;
  states: string[];
  /**
   * cities: ZIPs grouped by city and state, sorted by state then name. Their points are
   * not stored: a city sits at the centroid of its ZIPs (zips.json `city`), computed on load.
   */
  cities: {
    name: string[];
    stateRuns: number[];
  };
  /** county-equivalents, sorted by FIPS */
  counties: {
    /** 5-digit FIPS as numbers, delta-encoded */
    fips: number[];
    name: string[];
    stateRuns: number[];
    lat: number[];
    lon: number[];
  };
  /** other names for a city: [alias, global city index] */
  aliases: Array<[string, number]>;
}

export function deltaEncode(values: readonly number[]): number[] {
  let prev = 0;
  return values.map((v) => {
    const d = v - prev;
    prev = v;
    return d;
  });
}

export function deltaDecode(deltas: readonly number[]): number[] {
  let acc = 0;
  return deltas.map((d) => (acc += d));
}

export function runEncode(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    const n = out.length;
    if (n >= 2 && out[n - 2] === v) out[n - 1] = (out[n - 1] ?? 0) + 1;
    else out.push(v, 1);
  }
  return out;
}

export function runDecode(runs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const value = runs[i] ?? 0;
    const count = runs[i + 1] ?? 0;
    for (let k = 0; k < count; k++) out.push(value);
  }
  return out;
}

export const toFixedUnits = (deg: number): number => Math.round(deg * COORD_SCALE);
export const fromFixedUnits = (units: number): number => units / COORD_SCALE;
