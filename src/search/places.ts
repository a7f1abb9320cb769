/**
 * One `Place` vocabulary for states, counties, cities, ZIPs and bare points: what the
 * resolver answers with, the combobox lists, and `?find=` can name again.
 */
import { JURISDICTIONS } from '../data/reference';
import type { County, Gazetteer } from './gazetteer';
import type { ZipPart, ZipRow } from './zip-table';
import { zipPrefixRange } from './gazetteer-format';

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
  /** what kind of place, where it says more than `kind` ("Independent city", "Parish", "Municipio") */
  kindLabel?: string;
  /** more about it: the counties of one state's part of a ZIP */
  detail?: string;
}

export function countyLabel(c: County): string {
  return `${c.name}${c.suffixText === '' ? '' : ` ${c.suffixText}`}, ${c.state}`;
}

/** "Independent city", "Parish", "Census area"; "County-equivalent" where the name has no suffix (Guam). */
export function countyKindLabel(c: County): string {
  if (c.independent) return 'Independent city';
  if (c.suffixText === '') return 'County-equivalent';
  const text = c.suffixText.toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function statePlace(code: string): Place | null {
  const j = JURISDICTIONS.find((x) => x.code === code);
  return j ? { kind: 'state', id: `state:${j.code}`, label: j.name, query: j.name, state: j.code, lat: null, lon: null, weight: 1e6 } : null;
}

export function cityPlace(g: Gazetteer, i: number): Place | null {
  const c = g.names.cities[i];
  if (!c) return null;
  const label = `${c.name}, ${c.state}`;
  return { kind: 'city', id: `city:${i}`, label, query: label, state: c.state, lat: c.lat, lon: c.lon, weight: c.zipCount };
}

export function countyPlace(g: Gazetteer, i: number): Place | null {
  const c = g.names.counties[i];
  if (!c) return null;
  const label = countyLabel(c);
  return {
    kind: 'county',
    id: `county:${c.fips}`,
    label,
    query: label,
    state: c.state,
    lat: c.lat,
    lon: c.lon,
    weight: 0.5,
    kindLabel: countyKindLabel(c),
  };
}

export function zipPlace(row: ZipRow): Place {
  const where = row.city !== null && row.state !== null ? `${row.city}, ${row.state}` : (row.state ?? '');
  return {
    kind: 'zip',
    id: `zip:${row.zip}`,
    label: where ? `${row.zip} — ${where}` : row.zip,
    query: row.zip,
    state: row.state,
    lat: row.lat,
    lon: row.lon,
    weight: 1,
  };
}

/** One state's part of a multi-state ZIP, as a place that answers with that state. */
export function zipPartPlace(row: ZipRow, part: ZipPart): Place {
  const stateName = JURISDICTIONS.find((j) => j.code === part.state)?.name ?? part.state;
  return {
    kind: 'zip',
    id: `zip:${row.zip}:${part.state}`,
    label: `${row.zip} — ${stateName} part`,
    query: row.zip,
    state: part.state,
    lat: part.lat,
    lon: part.lon,
    weight: 1,
    detail: part.counties.map((c) => c.name).join(', '),
  };
}

/** The ZIP's place, or null when it is not in the table (the caller has loaded its shard). */
export function lookupZip(g: Gazetteer, zip: string): Place | null {
  if (!/^\d{5}$/.test(zip)) return null;
  const row = g.zips.get(Number(zip));
  return row ? zipPlace(row) : null;
}

/** ZIPs starting with these digits, ascending. */
export function zipsWithPrefix(g: Gazetteer, digits: string, limit: number): Place[] {
  return g.zips.range(...zipPrefixRange(digits), limit).map(zipPlace);
}

export function placeById(g: Gazetteer, id: string): Place | null {
  const [kind, rest = ''] = id.split(/:(.*)/s);
  switch (kind) {
    case 'state':
      return statePlace(rest);
    case 'city':
      return cityPlace(g, Number(rest));
    case 'county': {
      const i = g.names.counties.findIndex((c) => c.fips === rest);
      return i < 0 ? null : countyPlace(g, i);
    }
    case 'zip': {
      const [zip = '', state] = rest.split(':');
      if (state === undefined) return lookupZip(g, zip);
      const row = g.zips.get(Number(zip));
      const part = row?.parts?.find((p) => p.state === state);
      return row && part ? zipPartPlace(row, part) : null;
    }
    default:
      return null;
  }
}
