/**
 * The ZIP table, one shard at a time: a ZIP search decodes only the shard that holds
 * its ZIP and answers from the ZIP's own state code (no boundaries, no place names).
 * `ZipStore` is what the resolver and the type-ahead read: the shards decoded so far,
 * so it can tell "not in the gazetteer" (its shard is loaded) from "not loaded yet".
 */
import {
  GAZETTEER_VERSION,
  ZIP_SHARD_COUNT,
  deltaDecode,
  firstUseDecode,
  fromFixedUnits,
  runDecode,
  zipShardOf,
  zipShardsOf,
  type ZipPartAsset,
  type ZipShardAsset,
} from './gazetteer-format';
import { GazetteerFormatError, isNumberArray, isRecord, isStringArray } from './asset-checks';

/** One decoded shard: ZIPs ascending, with their state, city name and centroid. */
export interface ZipTable {
  codes: Int32Array;
  states: readonly string[];
  state: Uint8Array;
  /** the city each ZIP names; null for single-business ZIPs */
  city: ReadonlyArray<string | null>;
  lat: Float64Array;
  lon: Float64Array;
  /** ZIPs whose ZCTA lies in several states → their parts, most likely first */
  multi: ReadonlyMap<number, readonly ZipPart[]>;
}

/** One state's part of a multi-state ZIP (Census 2020 ZCTA × county data). */
export interface ZipPart {
  state: string;
  /** where the map marks this part */
  lat: number;
  lon: number;
  counties: ReadonlyArray<{ fips: string; name: string }>;
}

export interface ZipRow {
  /** five digits, zero-padded */
  zip: string;
  state: string | null;
  city: string | null;
  lat: number;
  lon: number;
  /** the states its ZCTA overlaps, most likely first; null for a ZIP in one state */
  parts: readonly ZipPart[] | null;
}

/** What the resolver and the type-ahead need from the ZIP table. */
export interface ZipLookup {
  /** The row for this ZIP; null when it is not in the table. */
  get(zip: number): ZipRow | null;
  /** Rows with from <= ZIP < to, ascending, at most `limit`. */
  range(from: number, to: number, limit: number): ZipRow[];
}

/** Checks the shape of fetched JSON before trusting it; a stale cached asset fails loudly. */
export function parseZipShard(json: unknown, file: string): ZipShardAsset {
  if (!isRecord(json) || json.v !== GAZETTEER_VERSION) throw new GazetteerFormatError(file, 'unknown version');
  const { states, cities, zip, stateRuns, city, lat, lon, multi } = json;
  if (!isStringArray(states) || !isStringArray(cities)) throw new GazetteerFormatError(file, 'states or cities');
  if (!Array.isArray(multi) || !multi.every(isMultiEntry)) throw new GazetteerFormatError(file, 'multi-state ZIPs');
  for (const [name, col] of Object.entries({ zip, stateRuns, city, lat, lon })) {
    if (!isNumberArray(col)) throw new GazetteerFormatError(file, `${name} is not a number column`);
  }
  const asset = json as unknown as ZipShardAsset;
  const n = asset.zip.length;
  if (asset.city.length !== n || asset.lat.length !== n || asset.lon.length !== n) {
    throw new GazetteerFormatError(file, 'columns differ in length');
  }
  return asset;
}

const isPart = (x: unknown): x is ZipPartAsset =>
  Array.isArray(x) &&
  x.length === 4 &&
  typeof x[0] === 'string' &&
  typeof x[1] === 'number' &&
  typeof x[2] === 'number' &&
  Array.isArray(x[3]) &&
  x[3].every((c) => isStringArray(c) && c.length === 2);

const isMultiEntry = (x: unknown): boolean =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && Array.isArray(x[1]) && x[1].every(isPart);

const decodePart = ([state, lat, lon, counties]: ZipPartAsset): ZipPart => ({
  state,
  lat: fromFixedUnits(lat),
  lon: fromFixedUnits(lon),
  counties: counties.map(([fips, name]) => ({ fips, name })),
});

export function decodeZipShard(asset: ZipShardAsset): ZipTable {
  const names = asset.cities;
  return {
    codes: Int32Array.from(deltaDecode(asset.zip)),
    states: asset.states,
    state: Uint8Array.from(runDecode(asset.stateRuns)),
    city: firstUseDecode(asset.city).map((i) => names[i] ?? null),
    lat: Float64Array.from(deltaDecode(asset.lat), fromFixedUnits),
    lon: Float64Array.from(deltaDecode(asset.lon), fromFixedUnits),
    multi: new Map(asset.multi.map(([zip, parts]) => [zip, parts.map(decodePart)])),
  };
}

/** First index whose ZIP is >= zip. */
function lowerBound(codes: Int32Array, zip: number): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((codes[mid] ?? 0) < zip) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rowAt(t: ZipTable, i: number): ZipRow | null {
  const code = t.codes[i];
  if (code === undefined) return null;
  return {
    zip: String(code).padStart(5, '0'),
    state: t.states[t.state[i] ?? -1] ?? null,
    city: t.city[i] ?? null,
    lat: t.lat[i] ?? 0,
    lon: t.lon[i] ?? 0,
    parts: t.multi.get(code) ?? null,
  };
}

/** The shards decoded so far; the caller loads the ones a query needs before asking. */
export interface ZipStore extends ZipLookup {
  add(shard: number, table: ZipTable): void;
  /** every shard, in ZIP order, once all are loaded (for building the city list); else null */
  all(): ZipTable[] | null;
}

export function createZipStore(): ZipStore {
  const tables: Array<ZipTable | undefined> = Array.from({ length: ZIP_SHARD_COUNT }, () => undefined);
  return {
    add(k, table) {
      tables[k] = table;
    },
    all: () => (tables.every((t) => t !== undefined) ? (tables as ZipTable[]) : null),
    get(zip) {
      const t = tables[zipShardOf(zip)];
      if (!t) return null;
      const i = lowerBound(t.codes, zip);
      return t.codes[i] === zip ? rowAt(t, i) : null;
    },
    range(from, to, limit) {
      const out: ZipRow[] = [];
      for (const k of zipShardsOf(from, to)) {
        // An unloaded shard in the middle would leave a silent gap: answer nothing until it lands.
        const t = tables[k];
        if (!t) return [];
        for (let i = lowerBound(t.codes, from); out.length < limit && (t.codes[i] ?? Infinity) < to; i++) {
          const row = rowAt(t, i);
          if (row) out.push(row);
        }
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
