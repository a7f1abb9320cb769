/**
 * Text → jurisdiction. Places that carry their state (ZIPs, cities, counties) answer
 * directly; bare points go through point-in-polygon on true geography (the caller's
 * `locate`). Everything the user can be told is a value here, not a thrown error.
 */
import { isJurisdictionCode } from '../data/reference';
import { editDistance, typoAllowance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import { cityPlace, countyPlace, lookupZip, statePlace, type Place } from './places';
import { splitCountySuffix } from './normalise';
import { formatLatLon, type LatLon } from './parse-coordinates';
import { parseQuery, type ParsedQuery, type Reading } from './parse-query';
import { STATE_NAME_KEYS } from './state-names';

/** Point-in-polygon over the 56 jurisdictions: a USPS code, or null outside all of them. */
export type PointLocator = (lon: number, lat: number) => string | null;

export type Resolution =
  | { kind: 'match'; code: string; place: Place }
  | { kind: 'outside'; place: Place; message: string }
  | { kind: 'ambiguous'; query: string; candidates: Place[]; more: number }
  | { kind: 'suggest'; query: string; suggestions: Place[]; message: string }
  | { kind: 'none'; query: string; message: string };

export const OUTSIDE_MESSAGE = 'That location is outside the CISA regions (the 50 states, DC and 5 territories).';
export const INPUT_HELP =
  'Try a state (Texas or TX), a county (Travis County, TX), a city (Kansas City, MO), ' +
  'a 5-digit ZIP code (78701) or coordinates (40.7128, -74.0060).';

const MAX_CANDIDATES = 30;
const MAX_SUGGESTIONS = 6;
/** Suffix words a county-equivalent with no suffix of its own (Alaska) still answers to. */
const LOOSE_SUFFIXES = new Set(['borough', 'census area', 'municipality', 'city and borough']);

export function pointPlace({ lat, lon }: LatLon, state: string | null = null): Place {
  const text = formatLatLon({ lat, lon });
  return { kind: 'point', id: `point:${text.replace(' ', '')}`, label: text, query: text, state, lat, lon, weight: 0 };
}

/** A place already chosen (a suggestion, a candidate, a location): which jurisdiction is it in? */
export function resolvePlace(place: Place, locate: PointLocator | null): Resolution {
  let code = place.state;
  if (code === null && place.lat !== null && place.lon !== null) {
    if (!locate) return { kind: 'none', query: place.query, message: 'The map boundaries are still loading. Try again in a moment.' };
    code = locate(place.lon, place.lat);
  }
  if (code !== null && isJurisdictionCode(code)) return { kind: 'match', code, place: { ...place, state: code } };
  return { kind: 'outside', place, message: OUTSIDE_MESSAGE };
}

export function resolveQuery(text: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  return resolveParsed(parseQuery(text), text.trim(), g, locate);
}

export function resolveParsed(parsed: ParsedQuery, query: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  switch (parsed.kind) {
    case 'empty':
      return { kind: 'none', query, message: `Type a place to find its coordinator. ${INPUT_HELP}` };
    case 'zip': {
      const place = lookupZip(g, parsed.zip);
      if (place) return resolvePlace(place, locate);
      return { kind: 'none', query, message: `ZIP code ${parsed.zip} is not in the gazetteer. Check the digits, or try the city name.` };
    }
    case 'bad-zip':
      return { kind: 'none', query, message: `“${parsed.digits}” is not a ZIP code: ZIP codes have 5 digits. ${INPUT_HELP}` };
    case 'bad-coordinates':
      return { kind: 'none', query, message: parsed.reason };
    case 'coordinates':
      return resolvePlace(pointPlace(parsed.value), locate);
    case 'state': {
      const place = statePlace(parsed.code);
      return place ? resolvePlace(place, locate) : { kind: 'none', query, message: INPUT_HELP };
    }
    case 'name':
      return resolveName(parsed.readings, query, g, locate);
  }
}

/** Cities and county-equivalents with exactly this name (in this state, if given). */
export function placesFor(g: Gazetteer, reading: Reading): Place[] {
  const out: Place[] = [];
  for (const i of g.names.cityByKey.get(reading.place) ?? []) {
    const p = cityPlace(g, i);
    if (p) out.push(p);
  }
  const counties = new Set<number>(g.names.countyByKey.get(reading.place) ?? []);
  const { base, suffix } = splitCountySuffix(reading.place);
  if (suffix) {
    for (const i of g.names.countyByKey.get(base) ?? []) {
      const c = g.names.counties[i];
      if (c && (c.suffix === suffix || (c.suffix === null && LOOSE_SUFFIXES.has(suffix)))) counties.add(i);
    }
  }
  for (const i of counties) {
    const p = countyPlace(g, i);
    if (p) out.push(p);
  }
  return reading.state ? out.filter((p) => p.state === reading.state) : out;
}

const byWeight = (a: Place, b: Place) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** The best place per state: a name in one state is one answer however many places share it. */
function bestPerState(places: readonly Place[]): Place[] {
  const best = new Map<string, Place>();
  for (const p of [...places].sort(byWeight)) {
    const key = p.state ?? p.id;
    if (!best.has(key)) best.set(key, p);
  }
  return [...best.values()].sort(byWeight);
}

function resolveName(readings: readonly Reading[], query: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  for (const reading of readings) {
    const found = bestPerState(placesFor(g, reading));
    const [first] = found;
    if (!first) continue;
    if (found.length === 1) return resolvePlace(first, locate);
    return {
      kind: 'ambiguous',
      query,
      candidates: found.slice(0, MAX_CANDIDATES),
      more: Math.max(0, found.length - MAX_CANDIDATES),
    };
  }
  const suggestions = didYouMean(readings, g);
  if (suggestions.length > 0) {
    return { kind: 'suggest', query, suggestions, message: `No exact match for “${query}”.` };
  }
  return { kind: 'none', query, message: `No place matches “${query}”. ${INPUT_HELP}` };
}

interface Scored {
  place: Place;
  distance: number;
}

/** Near-miss names (edit distance), nearest first; states before cities before counties. */
export function didYouMean(readings: readonly Reading[], g: Gazetteer): Place[] {
  const scored: Scored[] = [];
  const kindRank: Record<Place['kind'], number> = { state: 0, city: 1, county: 2, zip: 3, point: 4 };

  for (const reading of readings) {
    const target = reading.place;
    const max = typoAllowance(target.length);
    if (reading.state === null) {
      for (const [key, j] of STATE_NAME_KEYS) {
        const distance = editDistance(target, key, max);
        const place = statePlace(j.code);
        if (distance <= max && place) scored.push({ place, distance });
      }
    } else {
      // Right name, wrong state ("Kansas City, IA"): offer the same name where it exists.
      for (const place of bestPerState(placesFor(g, { place: target, state: null }))) scored.push({ place, distance: 1 });
      const state = statePlace(reading.state);
      if (state) scored.push({ place: state, distance: max + 1 });
    }
    if (max === 0) continue;
    for (const [key, indexes] of g.names.cityByKey) {
      const distance = editDistance(target, key, max);
      if (distance > max) continue;
      for (const i of indexes) {
        const place = cityPlace(g, i);
        if (place && (reading.state === null || place.state === reading.state)) scored.push({ place, distance });
      }
    }
    const { base } = splitCountySuffix(target);
    for (const [key, indexes] of g.names.countyByKey) {
      const distance = editDistance(base, key, typoAllowance(base.length));
      if (distance > typoAllowance(base.length)) continue;
      for (const i of indexes) {
        const place = countyPlace(g, i);
        if (place && (reading.state === null || place.state === reading.state)) scored.push({ place, distance });
      }
    }
  }

  scored.sort(
    (a, b) => a.distance - b.distance || kindRank[a.place.kind] - kindRank[b.place.kind] || byWeight(a.place, b.place),
  );
  const seen = new Set<string>();
  const out: Place[] = [];
  for (const { place } of scored) {
    if (seen.has(place.id)) continue;
    seen.add(place.id);
    out.push(place);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}
