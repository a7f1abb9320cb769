/**
 * Names → places: exact lookups in the names index (cities and county-equivalents,
 * with or without their suffix word) and near-miss suggestions (edit distance).
 */
import { editDistance, typoAllowance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import { cityPlace, countyPlace, statePlace, type Place } from './places';
import { splitCountySuffix, suffixAnswersTo } from './normalise';
import type { Reading } from './parse-query';
import { STATE_NAME_KEYS } from './state-names';

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
      if (c && suffixAnswersTo(c.suffix, suffix)) counties.add(i);
    }
  }
  for (const i of counties) {
    const p = countyPlace(g, i);
    if (p) out.push(p);
  }
  return reading.state ? out.filter((p) => p.state === reading.state) : out;
}

export const byWeight = (a: Place, b: Place) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** The best place per state: a name in one state is one answer however many places share it. */
export function bestPerState(places: readonly Place[]): Place[] {
  const best = new Map<string, Place>();
  for (const p of [...places].sort(byWeight)) {
    const key = p.state ?? p.id;
    if (!best.has(key)) best.set(key, p);
  }
  return [...best.values()].sort(byWeight);
}

const MAX_SUGGESTIONS = 6;

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
