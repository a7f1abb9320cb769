/**
 * The decoded, indexed gazetteer: ZIPs, cities, county-equivalents and states as one
 * `Place` vocabulary, with exact-name indexes for the resolver. Pure: callers pass in
 * the parsed asset JSON (fetched in the app, read from disk in tests).
 */
import { JURISDICTIONS } from '../data/reference';
import {
  GAZETTEER_VERSION,
  deltaDecode,
  fromFixedUnits,
  runDecode,
  type PlacesAsset,
  type ZipAsset,
} from './gazetteer-format';
import { normaliseName, splitCountySuffix } from './normalise';

export type PlaceKind = 'state' | 'county' | 'city' | 'zip' | 'point';

export interface Place {
  kind: PlaceKind;
  /** stable id: "state:TX", "county:48453", "city:1234", "zip:78701", "point:40.7128,-74.006" */
  id: string;
  /** what the user sees ("Travis County, TX", "78701 — Austin, TX") */
  label: string;
  /** text that resolves back to this place: what goes into ?find= */
  query: string;
  /** postal code of the state/territory it lies in; null for a bare point */
  state: string | null;
  lat: number | null;
  lon: number | null;
  /** rough size for ranking: ZIP count for cities */
  weight: number;
}

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

// ---- Places -------------------------------------------------------------------------

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function countyLabel(c: County): string {
  const named = c.suffix === null || normaliseName(c.name).endsWith(` ${c.suffix}`);
  const suffix = named || c.suffix === null ? '' : ` ${c.suffix === 'city' ? 'city' : capitalise(c.suffix)}`;
  return `${c.name}${suffix}, ${c.state}`;
}

export function statePlace(code: string): Place | null {
  const j = JURISDICTIONS.find((x) => x.code === code);
  return j ? { kind: 'state', id: `state:${j.code}`, label: j.name, query: j.name, state: j.code, lat: null, lon: null, weight: 1e6 } : null;
}

export function cityPlace(g: Gazetteer, i: number): Place | null {
  const c = g.cities[i];
  if (!c) return null;
  const label = `${c.name}, ${c.state}`;
  return { kind: 'city', id: `city:${i}`, label, query: label, state: c.state, lat: c.lat, lon: c.lon, weight: c.zipCount };
}

export function countyPlace(g: Gazetteer, i: number): Place | null {
  const c = g.counties[i];
  if (!c) return null;
  const label = countyLabel(c);
  return { kind: 'county', id: `county:${c.fips}`, label, query: label, state: c.state, lat: c.lat, lon: c.lon, weight: 0.5 };
}

/** Index of a ZIP in the sorted table, or -1. */
export function zipIndex(g: Gazetteer, zip: number): number {
  let lo = 0;
  let hi = g.zipCodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = g.zipCodes[mid] ?? 0;
    if (v === zip) return mid;
    if (v < zip) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index whose ZIP is >= zip (for prefix ranges). */
export function zipLowerBound(g: Gazetteer, zip: number): number {
  let lo = 0;
  let hi = g.zipCodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((g.zipCodes[mid] ?? 0) < zip) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function zipPlaceAt(g: Gazetteer, i: number): Place | null {
  const code = g.zipCodes[i];
  if (code === undefined) return null;
  const zip = String(code).padStart(5, '0');
  const state = g.states[g.zipState[i] ?? -1] ?? null;
  const city = g.cities[g.zipCity[i] ?? -1];
  const where = city ? `${city.name}, ${city.state}` : (state ?? '');
  return {
    kind: 'zip',
    id: `zip:${zip}`,
    label: where ? `${zip} — ${where}` : zip,
    query: zip,
    state,
    lat: g.zipLat[i] ?? null,
    lon: g.zipLon[i] ?? null,
    weight: 1,
  };
}

export function lookupZip(g: Gazetteer, zip: string): Place | null {
  if (!/^\d{5}$/.test(zip)) return null;
  const i = zipIndex(g, Number(zip));
  return i < 0 ? null : zipPlaceAt(g, i);
}

export function placeById(g: Gazetteer, id: string): Place | null {
  const [kind, rest = ''] = id.split(/:(.*)/s);
  switch (kind) {
    case 'state':
      return statePlace(rest);
    case 'city':
      return cityPlace(g, Number(rest));
    case 'county': {
      const i = g.counties.findIndex((c) => c.fips === rest);
      return i < 0 ? null : countyPlace(g, i);
    }
    case 'zip':
      return lookupZip(g, rest);
    default:
      return null;
  }
}
