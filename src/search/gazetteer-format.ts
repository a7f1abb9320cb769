/**
 * The on-disk shape of public/gazetteer/*.json. Columnar arrays of small integers
 * (delta-encoded, coordinates in thousandths of a degree ≈ 110 m) so gzip can do its
 * work. The ZIP table (~42,000 rows, with the city names) is split into 40 shards of
 * 2,500 consecutive ZIP codes (25 three-digit prefixes, 5–12 KB gzip each), so a ZIP
 * search fetches one small file whose name follows from the digits alone: no manifest
 * to fetch first, and the fetch can start while the search code is still loading. A
 * name search needs every shard (cities are the places ZIPs name) plus places.json
 * (county-equivalents and city aliases). A ZIP whose ZCTA crosses a state line carries
 * its parts (states and counties) in its own shard, so it still answers from one file.
 * The build writes these; the app decodes them.
 */

export const GAZETTEER_VERSION = 3;

/** Coordinates are stored as integers in units of 1/COORD_SCALE degree. */
export const COORD_SCALE = 1000;

export const PLACES_FILE = 'places.json';

/** ZIP codes per shard: shard k holds ZIPs k·WIDTH to (k+1)·WIDTH − 1. A multiple of 100, so a 3-digit prefix is never split. */
export const ZIP_SHARD_WIDTH = 2500;
export const ZIP_SHARD_COUNT = 100_000 / ZIP_SHARD_WIDTH;

/** The shard holding this ZIP (as a number). */
export const zipShardOf = (zip: number): number => Math.floor(zip / ZIP_SHARD_WIDTH);

/** Shard k's file, named by its first 3-digit prefix: shard 38 (95000–97499) is "zips-950.json". */
export const zipShardFile = (k: number): string => `zips-${String((k * ZIP_SHARD_WIDTH) / 100).padStart(3, '0')}.json`;

/** The ZIPs a prefix of 1–5 digits names, as [from, to): "9691" → [96910, 96920). */
export function zipPrefixRange(digits: string): [number, number] {
  const span = 10 ** (5 - digits.length);
  return [Number(digits) * span, (Number(digits) + 1) * span];
}

/** Shards holding any ZIP from <= z < to. */
export function zipShardsOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, zipShardOf(from)); k < ZIP_SHARD_COUNT && k * ZIP_SHARD_WIDTH < to; k++) out.push(k);
  return out;
}

export interface ZipShardAsset {
  v: typeof GAZETTEER_VERSION;
  /** state/territory codes used by this shard, indexed by `stateRuns` */
  states: string[];
  /** ZIP codes as numbers, ascending, delta-encoded (the first one absolute) */
  zip: number[];
  /** [stateIndex, count, stateIndex, count, ...] over the ZIP rows */
  stateRuns: number[];
  /** city names, in the order the rows first name them */
  cities: string[];
  /**
   * Per ZIP, its city: 0 = the next name in `cities` not yet used; k > 0 = the name k
   * places before that one (a repeat); -1 = none (single-business ZIPs). Mostly zeros,
   * which gzip shrinks to almost nothing.
   */
  city: number[];
  /** delta-encoded, 1/COORD_SCALE degrees */
  lat: number[];
  lon: number[];
  /** ZIPs whose ZCTA lies in more than one state (Census 2020), ascending: [zip, parts], most likely part first */
  multi: Array<[zip: number, parts: ZipPartAsset[]]>;
}

/**
 * One state's part of a multi-state ZIP: the state, a point to mark on the map (the ZIP's
 * centroid for its post-office state, else the nearest of the part's county centroids;
 * 1/COORD_SCALE degrees) and the counties, as [5-digit FIPS, name].
 */
export type ZipPartAsset = [state: string, lat: number, lon: number, counties: Array<[fips: string, name: string]>];

export interface PlacesAsset {
  v: typeof GAZETTEER_VERSION;
  /** the order cities and counties are listed in: the 56, then the Freely Associated States */
  states: string[];
  /** county-equivalents, sorted by FIPS */
  counties: {
    /** 5-digit FIPS as numbers, delta-encoded */
    fips: number[];
    /** the name without its suffix, as us-atlas spells it (with diacritics) */
    name: string[];
    /** per county, an index into `suffixes`: the official suffix word ("County", "Parish", "city", ...) */
    suffix: number[];
    /** official suffix words; "" where the name stands alone (Guam, Carson City) */
    suffixes: string[];
    /** FIPS (as numbers) of the independent cities (Census class C7): Baltimore city, St. Louis city, Carson City */
    independent: number[];
    stateRuns: number[];
    lat: number[];
    lon: number[];
  };
  /** other names for a ZIP city: [alias, city name as in the shards, state] */
  aliases: Array<[string, string, string]>;
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

/** Indexes into a first-use-ordered table (-1 = none) → the `ZipShardAsset.city` encoding. */
export function firstUseEncode(indexes: readonly number[]): number[] {
  let next = 0;
  return indexes.map((i) => {
    if (i < 0) return -1;
    if (i > next) throw new RangeError(`firstUseEncode: index ${i} before ${next} was used`);
    if (i === next) {
      next++;
      return 0;
    }
    return next - i;
  });
}

export function firstUseDecode(codes: readonly number[]): number[] {
  let next = 0;
  return codes.map((c) => (c < 0 ? -1 : c === 0 ? next++ : next - c));
}

export const toFixedUnits = (deg: number): number => Math.round(deg * COORD_SCALE);
export const fromFixedUnits = (units: number): number => units / COORD_SCALE;
