/**
 * The search engine as the app uses it: gazetteer assets fetched from public/gazetteer,
 * and true-geography point lookup loaded the first time a bare point needs it.
 * This module (with the gazetteer, the parser and turf/flatbush behind the point index)
 * is only ever reached through `import()` in load-engine.ts, so none of it is in the
 * first bundle.
 */
import { loadTrueJurisdictions } from '../geo/boundaries';
import { createJurisdictionIndex } from '../geo/point-lookup';
import { decodeGazetteer, parsePlacesAsset, parseZipAsset, type Gazetteer } from './gazetteer';
import { placeById, type Place } from './places';
import { parseQuery } from './parse-query';
import { pointPlace, resolveParsed, resolvePlace, type PointLocator, type Resolution } from './resolver';
import { suggest } from './suggest';

export interface SearchEngine {
  suggest(text: string): Place[];
  resolve(text: string): Promise<Resolution>;
  resolvePlace(place: Place): Promise<Resolution>;
  resolvePoint(lat: number, lon: number): Promise<Resolution>;
  placeById(id: string): Place | null;
}

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

export async function loadGazetteer(baseUrl: string = import.meta.env.BASE_URL): Promise<Gazetteer> {
  const [zips, places] = await Promise.all([
    fetchJson(`${baseUrl}gazetteer/zips.json`),
    fetchJson(`${baseUrl}gazetteer/places.json`),
  ]);
  return decodeGazetteer(parseZipAsset(zips), parsePlacesAsset(places));
}

let locatorPending: Promise<PointLocator> | null = null;

/** True geography + spatial index, built once; a failure is forgotten so the next point can retry. */
function loadLocator(): Promise<PointLocator> {
  locatorPending ??= loadTrueJurisdictions()
    .then((fc) => {
      const index = createJurisdictionIndex(fc);
      return (lon: number, lat: number) => index.jurisdictionAt(lon, lat);
    })
    .catch((err: unknown) => {
      locatorPending = null;
      throw err;
    });
  return locatorPending;
}

function needsPoint(place: Place): boolean {
  return place.state === null && place.lat !== null && place.lon !== null;
}

export function createSearchEngine(g: Gazetteer, locator: () => Promise<PointLocator> = loadLocator): SearchEngine {
  const resolveWithPoint = async (place: Place): Promise<Resolution> =>
    resolvePlace(place, needsPoint(place) ? await locator() : null);

  return {
    suggest: (text) => suggest(text, g),
    async resolve(text) {
      const parsed = parseQuery(text);
      const locate = parsed.kind === 'coordinates' ? await locator() : null;
      return resolveParsed(parsed, text.trim(), g, locate);
    },
    resolvePlace: resolveWithPoint,
    resolvePoint: (lat, lon) => resolveWithPoint(pointPlace({ lat, lon })),
    placeById: (id) => placeById(g, id),
  };
}

export async function loadSearchEngine(): Promise<SearchEngine> {
  // Start the boundaries download alongside the gazetteer; a failure surfaces on first use.
  loadLocator().catch(() => undefined);
  return createSearchEngine(await loadGazetteer());
}
