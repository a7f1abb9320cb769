/**
 * Loaders for the static geography in public/geo (built by scripts/build-geo.ts).
 * Each file is fetched at most once per page: boundaries never change while the app
 * runs, and re-fetching would make MapLibre re-tile its sources. A failed fetch is
 * forgotten so the next call can retry. No geometry library is imported here, so the
 * first paint does not pay for one.
 */
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { InsetId, LngLat } from './insets';

export interface JurisdictionProps {
  code: string;
  fips: string;
  name: string;
  regionId: number;
}
export interface RegionProps {
  regionId: number;
}
export interface InsetFrameProps {
  inset: InsetId;
  label: string;
}

/** national.json (composite) and jurisdictions.json (true geography) share this shape. */
export type JurisdictionFeatureCollection = FeatureCollection<Polygon | MultiPolygon, JurisdictionProps>;
export type RegionFeatureCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;
export type InsetFrameCollection = FeatureCollection<LineString, InsetFrameProps>;
/** Composite label anchors keyed by jurisdiction code and by region id ("1".."10"). */
export interface LabelAnchors {
  jurisdictions: Record<string, LngLat>;
  regions: Record<string, LngLat>;
}
/** One county (or equivalent): [fips5, name, stateCode, lon, lat], true geography. */
export type CountyRow = [fips: string, name: string, stateCode: string, lon: number, lat: number];

const cache = new Map<string, Promise<unknown>>();

/** Forget every loaded file (tests; a hot reload after `npm run geo`). */
export function resetGeoCache(): void {
  cache.clear();
}

function isFeatureCollection(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((v as { features?: unknown }).features);
}

/** Where a boundary file is served: maplibre's worker can fetch (and parse) it itself. */
export function geoUrl(file: string): string {
  return `${import.meta.env.BASE_URL}geo/${file}`;
}

function load<T>(file: string, looksRight: (v: unknown) => boolean): Promise<T> {
  let pending = cache.get(file);
  if (!pending) {
    pending = fetch(geoUrl(file))
      .then(async (res) => {
        if (!res.ok) throw new Error(`geo/${file}: HTTP ${res.status}`);
        const body: unknown = await res.json();
        // A shape check, not a schema: the files are ours, built and tested in this repo;
        // this catches a dev server answering with index.html or a stale file.
        if (!looksRight(body)) throw new Error(`geo/${file}: unexpected content`);
        return body;
      })
      .catch((err: unknown) => {
        cache.delete(file);
        throw err;
      });
    cache.set(file, pending);
  }
  return pending as Promise<T>;
}

/** The 56 jurisdictions on the composite map (insets moved beside the lower 48). */
export const loadNational = () => load<JurisdictionFeatureCollection>('national.json', isFeatureCollection);
/** The 10 regions dissolved from national.json, composite coordinates. */
export const loadRegions = () => load<RegionFeatureCollection>('regions.json', isFeatureCollection);
export const loadLabels = () =>
  load<LabelAnchors>('labels.json', (v) => typeof v === 'object' && v !== null && 'jurisdictions' in v && 'regions' in v);
export const loadInsetFrames = () => load<InsetFrameCollection>('inset-frames.json', isFeatureCollection);
/** True geography of the 56, for point lookup; never draw it on the composite map. */
export const loadTrueJurisdictions = () => load<JurisdictionFeatureCollection>('jurisdictions.json', isFeatureCollection);
export const loadCounties = () => load<CountyRow[]>('counties.json', Array.isArray);
