import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/data/reference';
import { GazetteerFormatError, parsePlacesAsset } from '../../src/search/gazetteer';
import { lookupZip, placeById } from '../../src/search/places';
import { PLACES_FILE, ZIP_SHARD_COUNT, deltaDecode, deltaEncode, runDecode, runEncode, zipShardFile } from '../../src/search/gazetteer-format';
import { suggest } from '../../src/search/suggest';
import { parseZipShard } from '../../src/search/zip-table';
import { loadTestGazetteer, publicPath } from './search-fixture';

const g = loadTestGazetteer();
const gazetteerDir = publicPath('gazetteer');

describe('gazetteer assets', () => {
  it("stay within the benchmark's gzip budget (bench/budgets.json, kB = 1000 bytes), every file (40 shards and places.json) counted", () => {
    const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')) as Record<string, { max?: number }>;
    const maxKb = budgets['assets.gazetteer']?.max;
    expect(maxKb).toBeGreaterThan(0);
    const gz = readdirSync(gazetteerDir).map((f) => gzipSync(readFileSync(`${gazetteerDir}/${f}`), { level: 9 }).length);
    expect(gz.length).toBeGreaterThan(2);
    expect(gz.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((maxKb ?? 0) * 1000);
  });

  it('are exactly the ZIP shards and places.json: nothing stale', () => {
    const shards = Array.from({ length: ZIP_SHARD_COUNT }, (_, k) => zipShardFile(k));
    expect(readdirSync(gazetteerDir).sort()).toEqual([PLACES_FILE, ...shards].sort());
  });

  it('cover all 56 jurisdictions with ZIPs, cities and counties', () => {
    const zipStates = new Set(g.zips.range(0, 100_000, Infinity).map((z) => z.state));
    for (const j of JURISDICTIONS) {
      expect(zipStates.has(j.code), `${j.code} ZIPs`).toBe(true);
      expect(g.names.cities.some((c) => c.state === j.code), `${j.code} cities`).toBe(true);
      expect(g.names.counties.some((c) => c.state === j.code), `${j.code} counties`).toBe(true);
    }
  });

  it('places every city at the centroid of its ZIPs, inside its state’s rough bounds', () => {
    // one assertion over ~30,000 cities: an expect per city takes seconds on a busy machine
    const misplaced = g.names.cities.filter((c) => !(c.zipCount > 0 && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180));
    expect(misplaced).toEqual([]);
    expect(g.names.cities.length).toBeGreaterThan(20_000);
    const anchorage = g.names.cities.find((c) => c.name === 'Anchorage' && c.state === 'AK');
    expect(anchorage?.lat).toBeCloseTo(61.2, 0);
  });

  it('rejects assets of another shape or version', () => {
    expect(() => parseZipShard({ v: 99 }, 'zips-000.json')).toThrow(GazetteerFormatError);
    expect(() => parseZipShard('<!doctype html>', 'zips-000.json')).toThrow(GazetteerFormatError);
    expect(() => parsePlacesAsset({ v: 2, states: [], counties: {}, aliases: [] })).toThrow(GazetteerFormatError);
    // a version-1 file cached from before the shards: refused, not misread
    expect(() => parsePlacesAsset({ v: 1, states: [], cities: {}, counties: {}, aliases: [] })).toThrow(/unknown version/);
  });

  it('round-trips the column encodings', () => {
    const values = [0, 5, 5, 5, -3, 12, 12];
    expect(deltaDecode(deltaEncode(values))).toEqual(values);
    expect(runDecode(runEncode(values))).toEqual(values);
  });

  it('finds places by id', () => {
    const zip = lookupZip(g, '99501');
    expect(zip && placeById(g, zip.id)).toEqual(zip);
    expect(placeById(g, 'state:TX')?.label).toBe('Texas');
    expect(placeById(g, 'county:48453')?.label).toBe('Travis County, TX');
    expect(placeById(g, 'nonsense')).toBeNull();
  });
});

describe('suggest', () => {
  const labels = (text: string) => suggest(text, g).map((p) => p.label);

  it('completes names as they are typed, best first', () => {
    expect(labels('Tex')[0]).toBe('Texas');
    expect(labels('kansas city, m')).toEqual(['Kansas City, MO']);
    expect(labels('travis c')).toContain('Travis County, TX');
    expect(labels('Hagåt')).toContain('Hagåtña, GU');
    expect(labels('hagat')).toContain('Hagåtña, GU');
  });
  it('lists ZIPs by prefix', () => {
    const zips = suggest('9691', g);
    expect(zips[0]?.query).toBe('96910');
    expect(zips.every((p) => p.kind === 'zip' && p.query.startsWith('9691'))).toBe(true);
  });
  it('offers coordinates as one place', () => {
    expect(suggest('40.7128, -74.0060', g)).toMatchObject([{ kind: 'point', label: '40.7128, -74.006' }]);
  });
  it('never repeats a label and caps the list', () => {
    for (const text of ['sa', 'spring', 'saipan', 'carson city']) {
      const l = labels(text);
      expect(new Set(l).size).toBe(l.length);
      expect(l.length).toBeLessThanOrEqual(8);
    }
  });
  it('says nothing for one letter or junk', () => {
    expect(suggest('t', g)).toEqual([]);
    expect(suggest('zzzz', g)).toEqual([]);
  });
});
