/**
 * The decoded, indexed gazetteer: ZIP table, cities and county-equivalents, with
 * exact-name indexes for the resolver (places.ts turns rows into `Place`s). Pure:
 * callers pass in the parsed asset JSON (fetched in the app, read from disk in tests).
 */
import {
  GAZETTEER_VERSION,
  deltaDecode,
  fromFixedUnits,
  runDecode,
  type PlacesAsset,
  type ZipAsset,
} from './gazetteer-format';
import { normaliseName, splitCountySuffix } from './normalise';

export interface County {
  fips: string;
  name: string;
  state: string;
  /** "county", "parish", "city" (independent), "municipio"; null where the name stands alone */
  suffix: string | null;
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

export interface Gazetteer {
  states: readonly string[];
  zipCodes: Int32Array;
  zipState: Uint8Array;
  zipCity: Int32Array;
  zipLat: Float64Array;
  zipLon: Float64Array;
  cities: readonly City[];
  counties: readonly County[];
  /** normalised name (and aliases) → city indexes */
  cityByKey: ReadonlyMap<string, readonly number[]>;
  /** normalised base name → county indexes */
  countyByKey: ReadonlyMap<string, readonly number[]>;
}

export class GazetteerFormatError extends Error {
  constructor(file: string, detail: string) {
    super(`Gazetteer ${file}: ${detail}`);
    this.name = 'GazetteerFormatError';
  }
}

const isNumberArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number');
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Checks the shape of fetched JSON before trusting it; a stale cached asset fails loudly. */
export function parseZipAsset(json: unknown): ZipAsset {
  if (!isRecord(json) || json.v !== GAZETTEER_VERSION) throw new GazetteerFormatError('zips.json', 'unknown version');
  const { states, zip, stateRuns, city, lat, lon } = json;
  if (!isStringArray(states)) throw new GazetteerFormatError('zips.json', 'states');
  for (const [name, col] of Object.entries({ zip, stateRuns, city, lat, lon })) {
    if (!isNumberArray(col)) throw new GazetteerFormatError('zips.json', `${name} is not a number column`);
  }
  const asset = json as unknown as ZipAsset;
  const n = asset.zip.length;
  if (asset.city.length !== n || asset.lat.length !== n || asset.lon.length !== n) {
    throw new GazetteerFormatError('zips.json', 'columns differ in length');
  }
  return asset;
}

export function parsePlacesAsset(json: unknown): PlacesAsset {
  if (!isRecord(json) || json.v !== GAZETTEER_VERSION) throw new GazetteerFormatError('places.json', 'unknown version');
  const { states, cities, counties, aliases } = json;
  if (!isStringArray(states) || !isRecord(cities) || !isRecord(counties) || !Array.isArray(aliases)) {
    throw new GazetteerFormatError('places.json', 'missing sections');
  }
  if (!isStringArray(cities.name) || !isNumberArray(cities.stateRuns)) throw new GazetteerFormatError('places.json', 'cities');
  if (!isStringArray(counties.name) || !['fips', 'stateRuns', 'lat', 'lon'].every((k) => isNumberArray(counties[k]))) {
    throw new GazetteerFormatError('places.json', 'counties');
  }
  return json as unknown as PlacesAsset;
}

/** Independent cities are county-equivalents; their FIPS county part is 500 or above in these states. */
const INDEPENDENT_CITY_STATES = new Set(['VA', 'MD', 'MO', 'NV']);

function countySuffixFor(fips: string, state: string): string | null {
  if (INDEPENDENT_CITY_STATES.has(state) && Number(fips.slice(2)) >= 500) return 'city';
  if (state === 'LA') return 'parish';
  if (state === 'PR') return 'municipio';
  if (state === 'AK' || state === 'DC' || ['AS', 'GU', 'MP', 'VI'].includes(state)) return null;
  return 'county';
}

const pushTo = (map: Map<string, number[]>, key: string, i: number) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(i)) list.push(i);
  } else map.set(key, [i]);
};

export function decodeGazetteer(zipAsset: ZipAsset, places: PlacesAsset): Gazetteer {
  const states = places.states;
  const n = zipAsset.zip.length;
  const zipCodes = Int32Array.from(deltaDecode(zipAsset.zip));
  const zipState = Uint8Array.from(runDecode(zipAsset.stateRuns));
  const zipLat = Float64Array.from(deltaDecode(zipAsset.lat), fromFixedUnits);
  const zipLon = Float64Array.from(deltaDecode(zipAsset.lon), fromFixedUnits);

  const cityState = runDecode(places.cities.stateRuns);
  const firstCityOfState = new Map<number, number>();
  cityState.forEach((s, i) => {
    if (!firstCityOfState.has(s)) firstCityOfState.set(s, i);
  });

  // A city's point is the centroid of its ZIPs (the asset stores it once, per ZIP).
  const sumLat = new Float64Array(places.cities.name.length);
  const sumLon = new Float64Array(places.cities.name.length);
  const count = new Int32Array(places.cities.name.length);
  const zipCity = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const local = zipAsset.city[i] ?? -1;
    const first = firstCityOfState.get(zipState[i] ?? -1);
    const g = local < 0 || first === undefined ? -1 : first + local;
    zipCity[i] = g;
    if (g >= 0) {
      sumLat[g] = (sumLat[g] ?? 0) + (zipLat[i] ?? 0);
      sumLon[g] = (sumLon[g] ?? 0) + (zipLon[i] ?? 0);
      count[g] = (count[g] ?? 0) + 1;
    }
  }

  const cityByKey = new Map<string, number[]>();
  const cities: City[] = places.cities.name.map((name, i) => {
    const c = count[i] || 1;
    const key = normaliseName(name);
    pushTo(cityByKey, key, i);
    return {
      name,
      state: states[cityState[i] ?? -1] ?? '',
      key,
      lat: (sumLat[i] ?? 0) / c,
      lon: (sumLon[i] ?? 0) / c,
      zipCount: count[i] ?? 0,
    };
  });
  for (const [alias, i] of places.aliases) pushTo(cityByKey, normaliseName(alias), i);

  const countyFips = deltaDecode(places.counties.fips);
  const countyState = runDecode(places.counties.stateRuns);
  const countyLat = deltaDecode(places.counties.lat);
  const countyLon = deltaDecode(places.counties.lon);
  const countyByKey = new Map<string, number[]>();
  const counties: County[] = places.counties.name.map((name, i) => {
    const fips = String(countyFips[i] ?? 0).padStart(5, '0');
    const state = states[countyState[i] ?? -1] ?? '';
    const norm = normaliseName(name);
    const split = splitCountySuffix(norm);
    // "James City" and "Carson City" keep "city" in their name; other suffix words are not part of it.
    const named = split.suffix !== null && split.suffix !== 'city';
    const key = named ? split.base : norm;
    pushTo(countyByKey, key, i);
    return {
      fips,
      name,
      state,
      suffix: named ? split.suffix : countySuffixFor(fips, state),
      key,
      lat: fromFixedUnits(countyLat[i] ?? 0),
      lon: fromFixedUnits(countyLon[i] ?? 0),
    };
  });

  return { states, zipCodes, zipState, zipCity, zipLat, zipLon, cities, counties, cityByKey, countyByKey };
}
