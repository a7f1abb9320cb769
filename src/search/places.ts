/**
 * One `Place` vocabulary for states, counties, cities, ZIPs and bare points: what the
 * resolver answers with, the combobox lists, and `?find=` can name again.
 */
import { JURISDICTIONS } from '../data/reference';
import type { County, Gazetteer } from './gazetteer';
import { normaliseName } from './normalise';

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
