/**
 * The decoded, indexed gazetteer: the ZIP table (zip-table.ts, loaded shard by shard)
 * and the names index (cities and county-equivalents, with exact-name indexes for the
 * resolver; places.ts turns rows into `Place`s). Pure: callers pass in the parsed asset
 * JSON (fetched in the app, read from disk in tests).
 */
import { GazetteerFormatError, isNumberArray, isRecord, isStringArray } from './asset-checks';
import {
  GAZETTEER_VERSION,
  PLACES_FILE,
  ZIP_SHARD_COUNT,
  zipShardFile,
  deltaDecode,
  fromFixedUnits,
  runDecode,
  type PlacesAsset,
  type ZipShardAsset,
} from './gazetteer-format';
import { normaliseName } from './normalise';
import { createZipStore, decodeZipShard, parseZipShard, type ZipLookup, type ZipTable } from './zip-table';

export { GazetteerFormatError };

export interface County {
  fips: string;
  name: string;
  state: string;
  /** the official suffix in normalised form ("county", "parish", "census area", "city"); null where the name stands alone (Guam) */
  suffix: string | null;
  /** the official suffix as written ("County", "Municipio", "city"); "" where none */
  suffixText: string;
  /** an independent city (Census class C7): Baltimore city, St. Louis city, Carson City */
  independent: boolean;
  /** normalised name without the suffix word */
  key: string;
  lat: number;
  lon: number;
}

export interface City {
  name: string;
  state: string;
  key: string;
  lat: number;
  lon: number;
  zipCount: number;
}

/** Cities and county-equivalents by name: what a name search needs (every ZIP shard + places.json). */
export interface NameIndex {
  cities: readonly City[];
  counties: readonly County[];
  /** normalised name (and aliases) → city indexes */
  cityByKey: ReadonlyMap<string, readonly number[]>;
  /** normalised base name → county indexes */
  countyByKey: ReadonlyMap<string, readonly number[]>;
}

export interface Gazetteer {
  zips: ZipLookup;
  names: NameIndex;
}

/**
 * No cities or counties: what the type-ahead reads before places load (it still offers
 * the states, which are known in code), and what ZIP and state searches never look at.
 */
export const EMPTY_NAMES: NameIndex = { cities: [], counties: [], cityByKey: new Map(), countyByKey: new Map() };

export function parsePlacesAsset(json: unknown): PlacesAsset {
  if (!isRecord(json) || json.v !== GAZETTEER_VERSION) throw new GazetteerFormatError(PLACES_FILE, 'unknown version');
  const { states, counties, aliases } = json;
  if (!isStringArray(states) || !isRecord(counties) || !Array.isArray(aliases)) {
    throw new GazetteerFormatError(PLACES_FILE, 'missing sections');
  }
  if (
    !isStringArray(counties.name) ||
    !isStringArray(counties.suffixes) ||
    !['fips', 'suffix', 'independent', 'stateRuns', 'lat', 'lon'].every((k) => isNumberArray(counties[k]))
  ) {
    throw new GazetteerFormatError(PLACES_FILE, 'counties');
  }
  if (!aliases.every((a) => isStringArray(a) && a.length === 3)) throw new GazetteerFormatError(PLACES_FILE, 'aliases');
  return json as unknown as PlacesAsset;
}

const pushTo = (map: Map<string, number[]>, key: string, i: number) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(i)) list.push(i);
  } else map.set(key, [i]);
};


const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Decoding the names index is ~30,000 names to normalise: tens of ms, too long to hold
 * the page still while a ZIP answer waits to paint. So it is written as steps; `yield`
 * marks where the app may hand the thread back (see runInSlices), `decodeNames` runs
 * them straight through. Rows (or names) between yields:
 */
const STEP = 1000;

/**
 * Cities are the places ZIPs name: one per name and state, at the centroid of its ZIPs,
 * listed by state (in `stateOrder`) then name, so `city:<index>` ids are stable.
 */
function* citiesOf(shards: readonly ZipTable[], stateOrder: readonly string[]): Generator<void, City[]> {
  interface Group { name: string; state: string; lat: number; lon: number; n: number }
  const groups = new Map<string, Group>();
  for (const t of shards) {
    for (let i = 0; i < t.codes.length; i++) {
      const name = t.city[i];
      const state = t.states[t.state[i] ?? -1];
      if (!name || !state) continue;
      const key = `${name}|${state}`;
      const g = groups.get(key);
      if (g) {
        g.lat += t.lat[i] ?? 0;
        g.lon += t.lon[i] ?? 0;
        g.n++;
      } else groups.set(key, { name, state, lat: t.lat[i] ?? 0, lon: t.lon[i] ?? 0, n: 1 });
    }
    yield;
  }
  const byState = new Map<string, Group[]>(stateOrder.map((s) => [s, []]));
  for (const g of groups.values()) {
    const list = byState.get(g.state);
    if (list) list.push(g);
    else byState.set(g.state, [g]);
  }
  const cities: City[] = [];
  for (const list of byState.values()) {
    list.sort((a, b) => byText(a.name, b.name));
    for (const g of list) {
      cities.push({ name: g.name, state: g.state, key: normaliseName(g.name), lat: g.lat / g.n, lon: g.lon / g.n, zipCount: g.n });
      if (cities.length % STEP === 0) yield;
    }
  }
  return cities;
}

/** Every shard (in ZIP order) and places.json → the names index, in steps. */
export function* decodeNamesSteps(shards: readonly ZipTable[], places: PlacesAsset): Generator<void, NameIndex> {
  const states = places.states;
  const cities = yield* citiesOf(shards, states);
  const cityByKey = new Map<string, number[]>();
  const cityIndex = new Map<string, number>();
  cities.forEach((c, i) => {
    pushTo(cityByKey, c.key, i);
    cityIndex.set(`${c.name}|${c.state}`, i);
  });
  for (const [alias, name, state] of places.aliases) {
    const i = cityIndex.get(`${name}|${state}`);
    if (i !== undefined) pushTo(cityByKey, normaliseName(alias), i);
  }
  yield;

  const countyFips = deltaDecode(places.counties.fips);
  const countyState = runDecode(places.counties.stateRuns);
  const countyLat = deltaDecode(places.counties.lat);
  const countyLon = deltaDecode(places.counties.lon);
  const independent = new Set(places.counties.independent);
  const countyByKey = new Map<string, number[]>();
  const counties: County[] = [];
  for (const [i, name] of places.counties.name.entries()) {
    const fips = String(countyFips[i] ?? 0).padStart(5, '0');
    const state = states[countyState[i] ?? -1] ?? '';
    // The name comes without its suffix ("James City" of James City County keeps its "City").
    const key = normaliseName(name);
    const suffixText = places.counties.suffixes[places.counties.suffix[i] ?? -1] ?? '';
    pushTo(countyByKey, key, i);
    counties.push({
      fips,
      name,
      state,
      suffix: suffixText === '' ? null : normaliseName(suffixText),
      suffixText,
      independent: independent.has(countyFips[i] ?? -1),
      key,
      lat: fromFixedUnits(countyLat[i] ?? 0),
      lon: fromFixedUnits(countyLon[i] ?? 0),
    });
    if ((i + 1) % STEP === 0) yield;
  }
  return { cities, counties, cityByKey, countyByKey };
}

export function decodeNames(shards: readonly ZipTable[], places: PlacesAsset): NameIndex {
  const steps = decodeNamesSteps(shards, places);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Every gazetteer file, parsed: the whole gazetteer at once (tests, benchmarks, scripts). */
export interface GazetteerFiles {
  /** shard k at index k */
  shards: ZipShardAsset[];
  places: PlacesAsset;
}

/** Reads every file through `read` (file name in public/gazetteer → its JSON) and checks their shapes. */
export function readGazetteerFiles(read: (file: string) => unknown): GazetteerFiles {
  const shards = Array.from({ length: ZIP_SHARD_COUNT }, (_, k) => parseZipShard(read(zipShardFile(k)), zipShardFile(k)));
  return { shards, places: parsePlacesAsset(read(PLACES_FILE)) };
}

export function decodeGazetteer({ shards, places }: GazetteerFiles): Gazetteer {
  const zips = createZipStore();
  const tables = shards.map(decodeZipShard);
  tables.forEach((t, k) => zips.add(k, t));
  return { zips, names: decodeNames(tables, places) };
}
