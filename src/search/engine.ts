/**
 * The search engine as the app uses it: gazetteer files fetched from public/gazetteer
 * as each kind of query needs them (gazetteer-sources.ts), and true-geography point
 * lookup loaded the first time a bare point needs it. A ZIP waits for its shard only;
 * a state name for nothing; a city or county name for the names index; coordinates for
 * the boundaries. This module (with the parser and flatbush behind the point index) is
 * only ever reached through `import()` in load-engine.ts, so none of it is in the first
 * bundle.
 */
import { loadTrueJurisdictions } from '../geo/boundaries';
import { createJurisdictionIndex } from '../geo/point-lookup';
import { fetchGazetteerFile } from './fetch-gazetteer-file';
import { zipPrefixRange } from './gazetteer-format';
import { once } from './once';
import { createGazetteerSources, type GazetteerSources } from './gazetteer-sources';
import type { Place } from './places';
import { parseQuery, type ParsedQuery } from './parse-query';
import { pointPlace, resolveParsed, resolvePlace, type PointLocator, type Resolution } from './resolver';
import { suggest } from './suggest';

export interface SearchEngine {
  /** Suggestions from what has loaded so far (states at once; ZIPs and names as they land). */
  suggest(text: string): Place[];
  /** Starts loading what suggestions for this text need; `subscribe` hears when it lands. */
  prepare(text: string): void;
  /** Starts the names index and the boundaries in the background (the box has focus). */
  warm(): void;
  resolve(text: string): Promise<Resolution>;
  resolvePlace(place: Place): Promise<Resolution>;
  resolvePoint(lat: number, lon: number): Promise<Resolution>;
  subscribe(listener: () => void): () => void;
  /** Changes whenever `suggest` may answer differently for the same text. */
  dataVersion(): number;
}

/** True geography + spatial index, built once; a failure is forgotten so the next point can retry. */
const loadLocator = once(() =>
  loadTrueJurisdictions().then((fc): PointLocator => {
    const index = createJurisdictionIndex(fc);
    return (lon: number, lat: number) => index.jurisdictionAt(lon, lat);
  }),
);

function needsPoint(place: Place): boolean {
  return place.state === null && place.lat !== null && place.lon !== null;
}

/** ZIPs from <= z < to that a query names or starts (2 to 5 digits), or null. */
function zipSpan(parsed: ParsedQuery): [number, number] | null {
  if (parsed.kind === 'zip') return [Number(parsed.zip), Number(parsed.zip) + 1];
  if (parsed.kind === 'address' && parsed.zip !== null) return [Number(parsed.zip), Number(parsed.zip) + 1];
  if (parsed.kind !== 'bad-zip' || parsed.digits.length < 2 || parsed.digits.length > 4) return null;
  return zipPrefixRange(parsed.digits);
}

const ignore = () => undefined;

export function createSearchEngine(sources: GazetteerSources, locator: () => Promise<PointLocator> = loadLocator): SearchEngine {
  const resolveWithPoint = async (place: Place): Promise<Resolution> =>
    resolvePlace(place, needsPoint(place) ? await locator() : null);

  const resolveText = async (text: string): Promise<Resolution> => {
    const parsed = parseQuery(text);
    // Enter: no ZIP is half typed any more; background loads wait for this answer.
    sources.typed(false);
    let locate: PointLocator | null = null;
    const zips = zipSpan(parsed);
    if (zips) await sources.zips(...zips);
    if (parsed.kind === 'name') await sources.names();
    else if (parsed.kind === 'address' && !(parsed.zip !== null && sources.current().zips.get(Number(parsed.zip)))) {
      // No ZIP, or one not in the gazetteer: the city or state answers.
      await sources.names();
    } else if (parsed.kind === 'coordinates') locate = await locator();
    return resolveParsed(parsed, text.trim(), sources.current(), locate);
  };

  return {
    suggest: (text) => suggest(text, sources.current()),
    prepare(text) {
      const parsed = parseQuery(text);
      // Digits still coming: background loads wait for the ZIP (see foreground-gate.ts).
      sources.typed(parsed.kind === 'bad-zip' && parsed.digits.length < 5);
      const zips = zipSpan(parsed);
      if (zips) sources.zips(...zips).catch(ignore);
      else if (parsed.kind === 'name' || parsed.kind === 'address') sources.names().catch(ignore);
    },
    warm() {
      // Focus: background loads start once the user pauses (see foreground-gate.ts).
      sources.focused();
      sources.warmNames().catch(ignore);
      sources.afterForeground().then(locator).catch(ignore);
    },
    resolve: resolveText,
    // A whole ZIP picked from the suggestions answers as the typed ZIP would: every state it spans.
    resolvePlace: (place) => (place.kind === 'zip' && place.id === `zip:${place.query}` ? resolveText(place.query) : resolveWithPoint(place)),
    resolvePoint: (lat, lon) => resolveWithPoint(pointPlace({ lat, lon })),
    subscribe: (listener) => sources.subscribe(listener),
    dataVersion: () => sources.version(),
  };
}

export async function loadSearchEngine(): Promise<SearchEngine> {
  const engine = createSearchEngine(createGazetteerSources(fetchGazetteerFile));
  // The engine loads when the box gets focus (or a ?find= link runs): start the slow
  // loads in the background; a ZIP or state search does not wait for them.
  engine.warm();
  return engine;
}
