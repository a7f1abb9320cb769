/**
 * Type-ahead: places whose name starts with what has been typed so far, best first.
 * "kansas city, m" narrows to states starting with "m"; "787" lists ZIPs 787xx.
 */
import { JURISDICTIONS } from '../data/reference';
import type { Gazetteer, NameIndex } from './gazetteer';
import { cityPlace, countyLabel, countyPlace, lookupZip, statePlace, zipsWithPrefix, type Place } from './places';
import { normaliseName } from './normalise';
import { parseQuery } from './parse-query';
import { placesFor } from './name-lookup';
import { pointPlace } from './resolver';

export const SUGGESTION_LIMIT = 8;

interface Ranked {
  place: Place;
  tier: number;
}

const sortedCityKeys = new WeakMap<NameIndex, string[]>();
const countyLabelKeys = new WeakMap<NameIndex, string[]>();

function cityKeys(names: NameIndex): string[] {
  let keys = sortedCityKeys.get(names);
  if (!keys) {
    keys = [...names.cityByKey.keys()].sort();
    sortedCityKeys.set(names, keys);
  }
  return keys;
}

function countyKeys(names: NameIndex): string[] {
  let keys = countyLabelKeys.get(names);
  if (!keys) {
    // "travis county tx" without the state: what a prefix of the label looks like normalised
    keys = names.counties.map((c) => normaliseName(countyLabel(c).replace(/,[^,]*$/, '')));
    countyLabelKeys.set(names, keys);
  }
  return keys;
}

function lowerBound(keys: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function namePrefix(g: Gazetteer, norm: string, out: Ranked[]): void {
  for (const j of JURISDICTIONS) {
    const key = normaliseName(j.name);
    if (key.startsWith(norm) || j.code.toLowerCase() === norm) {
      const p = statePlace(j.code);
      if (p) out.push({ place: p, tier: key === norm || j.code.toLowerCase() === norm ? 0 : 1 });
    }
  }
  const keys = cityKeys(g.names);
  for (let k = lowerBound(keys, norm); k < keys.length && (keys[k] ?? '').startsWith(norm); k++) {
    const key = keys[k] ?? '';
    for (const i of g.names.cityByKey.get(key) ?? []) {
      const p = cityPlace(g, i);
      if (p) out.push({ place: p, tier: key === norm ? 0 : 2 });
    }
  }
  countyKeys(g.names).forEach((key, i) => {
    const c = g.names.counties[i];
    if (c && (key.startsWith(norm) || c.key.startsWith(norm))) {
      const p = countyPlace(g, i);
      if (p) out.push({ place: p, tier: key === norm || c.key === norm ? 0 : 2 });
    }
  });

  // "kansas city m…": an exact place name followed by the start of a state.
  const words = norm.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const place = words.slice(0, k).join(' ');
    const statePart = words.slice(k).join(' ');
    const states = new Set(
      JURISDICTIONS.filter((j) => normaliseName(j.name).startsWith(statePart) || j.code.toLowerCase() === statePart).map(
        (j) => j.code,
      ),
    );
    if (states.size === 0) continue;
    for (const p of placesFor(g, { place, state: null })) {
      if (p.state && states.has(p.state)) out.push({ place: p, tier: 0 });
    }
  }
}

export function suggest(text: string, g: Gazetteer, limit = SUGGESTION_LIMIT): Place[] {
  const parsed = parseQuery(text);
  switch (parsed.kind) {
    case 'empty':
    case 'bad-coordinates':
      return [];
    case 'zip': {
      const p = lookupZip(g, parsed.zip);
      return p ? [p] : [];
    }
    case 'address':
    case 'military':
    case 'freely-associated':
    case 'abroad':
      // Enter answers these; a list of partial matches would only get in the way.
      return [];
    case 'bad-zip':
      return parsed.digits.length >= 2 && parsed.digits.length < 5 ? zipsWithPrefix(g, parsed.digits, limit) : [];
    case 'coordinates':
      return [pointPlace(parsed.value)];
    case 'state':
    case 'name':
      break;
  }
  const norm = normaliseName(text);
  if (norm.length < 2) return [];
  const ranked: Ranked[] = [];
  namePrefix(g, norm, ranked);
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.place.weight - a.place.weight ||
      (a.place.label < b.place.label ? -1 : a.place.label > b.place.label ? 1 : 0),
  );
  // A county-equivalent can share its city's label ("Saipan, MP"): one option is enough.
  const seen = new Set<string>();
  const out: Place[] = [];
  for (const { place } of ranked) {
    if (seen.has(place.id) || seen.has(place.label)) continue;
    seen.add(place.id);
    seen.add(place.label);
    out.push(place);
    if (out.length === limit) break;
  }
  return out;
}
