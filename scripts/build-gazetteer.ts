/**
 * Builds the offline gazetteer the search box uses: public/gazetteer/{zips,places}.json.
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Inputs are all local: ZIP centroids and city names from the `zipcodes` npm package,
 * county-equivalents from public/geo/counties.json (written by the geo build, so run
 * that first), state codes from src/data/reference.ts. Output is deterministic: the
 * same inputs give byte-identical files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { JURISDICTIONS } from '../src/data/reference';
import {
  GAZETTEER_VERSION,
  deltaEncode,
  runEncode,
  toFixedUnits,
  type PlacesAsset,
  type ZipAsset,
} from '../src/search/gazetteer-format';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'public/gazetteer');
/** `--counties <file>` reads another counties table (tests, or a geo build elsewhere). */
const countiesArg = process.argv.indexOf('--counties');
const countiesPath = resolve(
  root,
  countiesArg >= 0 ? (process.argv[countiesArg + 1] ?? 'public/geo/counties.json') : 'public/geo/counties.json',
);

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

/** Postal "states" that are not places: Armed Forces Americas/Europe/Pacific (APO/FPO/DPO). */
const MILITARY = new Set(['AA', 'AE', 'AP']);
/**
 * Freely Associated States (Palau, Micronesia, Marshall Islands) have U.S. ZIPs but are
 * not among the 56: kept so a search there can say "outside the CISA regions".
 */
const OUTSIDE = ['FM', 'MH', 'PW'];

/** Official spellings the ZIP data flattens; search folds diacritics, so both still match. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'Hagatna|GU': 'Hagåtña',
};

/** Other names people use for a ZIP city: [alias, city, state]. */
const ALIASES: ReadonlyArray<[string, string, string]> = [
  ['Charlotte Amalie', 'St Thomas', 'VI'],
  ['Agana', 'Hagatna', 'GU'],
  ['Garapan', 'Saipan', 'MP'],
  ['NYC', 'New York', 'NY'],
];

type CountyRow = [fips5: string, name: string, stateCode: string, lon: number, lat: number];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function readZips(): ZipRecord[] {
  const require = createRequire(import.meta.url);
  const mod = require('zipcodes/lib/codes.js') as { codes: Record<string, ZipRecord> };
  return Object.values(mod.codes)
    .filter((r) => r.country === 'US' && /^\d{5}$/.test(r.zip) && !MILITARY.has(r.state))
    .filter((r) => Number.isFinite(r.latitude) && Number.isFinite(r.longitude))
    .sort((a, b) => byText(a.zip, b.zip));
}

function readCounties(): CountyRow[] {
  if (!existsSync(countiesPath)) {
    throw new Error(`${countiesPath} is missing: run the geo build first (it writes public/geo/counties.json).`);
  }
  const rows = JSON.parse(readFileSync(countiesPath, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error('counties.json: expected an array of [fips5, name, state, lon, lat]');
  return rows
    .map((row, i): CountyRow => {
      const [fips, name, state, lon, lat] = row as unknown[];
      if (typeof fips !== 'string' || typeof name !== 'string' || typeof state !== 'string' ||
          typeof lon !== 'number' || typeof lat !== 'number') {
        throw new Error(`counties.json row ${i}: expected [fips5, name, state, lon, lat]`);
      }
      return [fips, name, state, lon, lat];
    })
    .sort((a, b) => byText(a[0], b[0]));
}

interface CityGroup {
  name: string;
  state: string;
}

function groupCities(zips: readonly ZipRecord[]): CityGroup[] {
  const groups = new Map<string, CityGroup>();
  for (const z of zips) {
    // Single-business ZIPs ("Shell Oil Box 150") are not places anyone types.
    if (/\d/.test(z.city)) continue;
    const key = `${z.city}|${z.state}`;
    if (!groups.has(key)) groups.set(key, { name: DISPLAY_NAMES[key] ?? z.city, state: z.state });
  }
  return [...groups.values()];
}

function build(): { zips: ZipAsset; places: PlacesAsset } {
  const zipRows = readZips();
  const counties = readCounties();
  const states = [...JURISDICTIONS.map((j) => j.code), ...OUTSIDE];
  const stateIndex = new Map(states.map((s, i) => [s, i]));
  const indexOfState = (s: string): number => {
    const i = stateIndex.get(s);
    if (i === undefined) throw new Error(`unknown state code ${s}`);
    return i;
  };

  const cities = groupCities(zipRows).sort(
    (a, b) => indexOfState(a.state) - indexOfState(b.state) || byText(a.name, b.name),
  );
  const cityKey = (name: string, state: string) => `${name}|${state}`;
  const globalCity = new Map(cities.map((c, i) => [cityKey(c.name, c.state), i]));
  const firstCityOfState = new Map<string, number>();
  cities.forEach((c, i) => {
    if (!firstCityOfState.has(c.state)) firstCityOfState.set(c.state, i);
  });
  const localCity = (z: ZipRecord): number => {
    const key = cityKey(DISPLAY_NAMES[cityKey(z.city, z.state)] ?? z.city, z.state);
    const g = globalCity.get(key);
    return g === undefined ? -1 : g - (firstCityOfState.get(z.state) ?? 0);
  };

  const zips: ZipAsset = {
    v: GAZETTEER_VERSION,
    states,
    zip: deltaEncode(zipRows.map((z) => Number(z.zip))),
    stateRuns: runEncode(zipRows.map((z) => indexOfState(z.state))),
    city: zipRows.map(localCity),
    lat: deltaEncode(zipRows.map((z) => toFixedUnits(z.latitude))),
    lon: deltaEncode(zipRows.map((z) => toFixedUnits(z.longitude))),
  };

  const aliases: Array<[string, number]> = ALIASES.map(([alias, city, state]) => {
    const i = globalCity.get(cityKey(DISPLAY_NAMES[cityKey(city, state)] ?? city, state));
    if (i === undefined) throw new Error(`alias ${alias}: no city ${city}, ${state} in the ZIP data`);
    return [alias, i];
  });

  const places: PlacesAsset = {
    v: GAZETTEER_VERSION,
    states,
    cities: {
      name: cities.map((c) => c.name),
      stateRuns: runEncode(cities.map((c) => indexOfState(c.state))),
    },
    counties: {
      fips: deltaEncode(counties.map((c) => Number(c[0]))),
      name: counties.map((c) => c[1]),
      stateRuns: runEncode(counties.map((c) => indexOfState(c[2]))),
      lat: deltaEncode(counties.map((c) => toFixedUnits(c[4]))),
      lon: deltaEncode(counties.map((c) => toFixedUnits(c[3]))),
    },
    aliases,
  };
  return { zips, places };
}

function main(): void {
  const { zips, places } = build();
  mkdirSync(outDir, { recursive: true });
  let total = 0;
  let totalGz = 0;
  for (const [file, data] of [['zips.json', zips], ['places.json', places]] as const) {
    const text = JSON.stringify(data);
    writeFileSync(resolve(outDir, file), text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    total += raw;
    totalGz += gz;
    console.log(`public/gazetteer/${file}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
  }
  console.log(
    `gazetteer: ${zips.zip.length} ZIPs, ${places.cities.name.length} cities, ${places.counties.name.length} counties; ` +
      `${(total / 1024).toFixed(1)} KB raw, ${(totalGz / 1024).toFixed(1)} KB gzip`,
  );
}

main();
