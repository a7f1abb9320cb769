/**
 * Node micro-benchmarks (tinybench) of the pure lookups behind search: point-in-
 * jurisdiction over the true geography, and the gazetteer resolver and typeahead.
 * Inputs are fixed (seeded points, a fixed query list) so runs compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import type { JurisdictionFeatureCollection } from '../src/geo/boundaries';
import { createJurisdictionIndex } from '../src/geo/point-lookup';
import { decodeGazetteer, readGazetteerFiles } from '../src/search/gazetteer';
import { resolveQuery } from '../src/search/resolver';
import { suggest } from '../src/search/suggest';
import { PUBLIC_GAZETTEER, PUBLIC_GEO } from './paths';
import type { MetricSpec, StepOutput } from './report';
import { seededRandom } from './stats';

export const MICRO_SPECS: readonly MetricSpec[] = [
  { id: 'micro.pointLookup', label: 'Point → jurisdiction lookup, median (10,000 seeded points)', unit: 'µs' },
  { id: 'micro.resolve', label: 'Gazetteer resolve (mixed queries), median', unit: 'µs' },
  { id: 'micro.suggest', label: 'Gazetteer typeahead suggest (mixed prefixes), median', unit: 'µs' },
  { id: 'micro.gazetteerDecode', label: 'Gazetteer decode (every ZIP shard + places.json, in node), median', unit: 'ms' },
];

/**
 * [west, south, east, north, weight]: where the 56 lie, weighted roughly by land area so
 * most points land inside a state and some in the sea or abroad (the coast-tolerance path).
 */
const BOXES: readonly [number, number, number, number, number][] = [
  [-125, 24, -66.9, 49.5, 0.7], // lower 48 + DC
  [-180, 51, -129, 71.5, 0.15], // Alaska
  [-160.3, 18.9, -154.8, 22.3, 0.04], // Hawaii
  [-67.3, 17.6, -64.5, 18.6, 0.04], // Puerto Rico, USVI
  [144.6, 13.2, 146.1, 20.6, 0.04], // Guam, Northern Mariana Islands
  [-171.1, -14.6, -168.1, -11, 0.03], // American Samoa
];

export const POINT_COUNT = 10_000;

export function seededPoints(count = POINT_COUNT, seed = 8): [number, number][] {
  const random = seededRandom(seed);
  const total = BOXES.reduce((s, b) => s + b[4], 0);
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    let pick = random() * total;
    const box = BOXES.find((b) => (pick -= b[4]) <= 0) ?? BOXES[0]!;
    points.push([box[0] + random() * (box[2] - box[0]), box[1] + random() * (box[3] - box[1])]);
  }
  return points;
}

/** What people type: ZIPs, states, counties, cities, coordinates, a typo, a name shared by many states. */
const QUERIES = [
  '96910',
  '78701',
  '00901',
  'Texas',
  'TX',
  'Travis County, TX',
  'Kansas City, MO',
  'Springfield',
  'Hagåtña',
  'Pago Pago',
  '40.7128, -74.0060',
  'Texsa',
];
const PREFIXES = ['Tex', 'Kansas C', 'Spr', '969', 'Orange Co', 'San J', 'Wash', 'Nor'];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Latency statistics (ms) of a completed tinybench task. */
function stats(bench: Bench, name: string) {
  const result = bench.getTask(name)?.result;
  if (!result || result.state !== 'completed') throw new Error(`tinybench task "${name}" did not complete (${result?.state ?? 'missing'})`);
  return result.latency;
}

export async function runMicro(): Promise<StepOutput> {
  const fc = readJson(join(PUBLIC_GEO, 'jurisdictions.json')) as JurisdictionFeatureCollection;
  const index = createJurisdictionIndex(fc);
  const points = seededPoints();
  const inside = points.filter(([x, y]) => index.jurisdictionAt(x, y) !== null).length;

  const files = readGazetteerFiles((file) => readJson(join(PUBLIC_GAZETTEER, file)));
  const gazetteer = decodeGazetteer(files);
  const locate = (lon: number, lat: number) => index.jurisdictionAt(lon, lat);

  let p = 0;
  let q = 0;
  let s = 0;
  // Bounded by iterations, not time: a time budget lets a 1 µs task collect millions of
  // samples and tinybench then spends seconds sorting them. Every call reads the next
  // input, so no call is a cached repeat of the last; each point is looked up twice.
  const lookups = new Bench({ time: 1, iterations: 2 * POINT_COUNT, warmupTime: 100 });
  lookups.add('point', () => {
    const [lon, lat] = points[p++ % points.length]!;
    index.jurisdictionAt(lon, lat);
  });
  const queries = new Bench({ time: 1, iterations: 2_000, warmupTime: 100 });
  queries
    .add('resolve', () => {
      resolveQuery(QUERIES[q++ % QUERIES.length]!, gazetteer, locate);
    })
    .add('suggest', () => {
      suggest(PREFIXES[s++ % PREFIXES.length]!, gazetteer);
    });
  const decode = new Bench({ time: 1, iterations: 5, warmupIterations: 1 });
  decode.add('decode', () => {
    decodeGazetteer(files);
  });
  for (const bench of [lookups, queries, decode]) await bench.run();
  const point = stats(lookups, 'point');

  return {
    'micro.pointLookup': {
      value: point.p50 * 1000,
      note: `p99 ${(point.p99 * 1000).toFixed(1)} µs; ${((inside / points.length) * 100).toFixed(0)} % of points inside a jurisdiction`,
    },
    'micro.resolve': { value: stats(queries, 'resolve').p50 * 1000, note: `${QUERIES.length} queries` },
    'micro.suggest': { value: stats(queries, 'suggest').p50 * 1000, note: `${PREFIXES.length} prefixes` },
    'micro.gazetteerDecode': stats(decode, 'decode').p50,
  };
}
