import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { readGazetteerFiles } from '../../src/search/gazetteer';
import {
  PLACES_FILE,
  ZIP_SHARD_COUNT,
  firstUseDecode,
  firstUseEncode,
  zipShardFile,
  zipShardOf,
  zipShardsOf,
} from '../../src/search/gazetteer-format';
import { fetchGazetteerFile, prefetchZipShards } from '../../src/search/fetch-gazetteer-file';
import { createGazetteerSources, yieldToPage } from '../../src/search/gazetteer-sources';
import { lookupZip } from '../../src/search/places';
import type { PointLocator } from '../../src/search/resolver';
import { suggest } from '../../src/search/suggest';
import { createZipStore, decodeZipShard } from '../../src/search/zip-table';
import { loadTestGazetteer, publicPath, readGazetteerFile } from './search-fixture';

const files = readGazetteerFiles(readGazetteerFile);
const tables = files.shards.map(decodeZipShard);
const g = loadTestGazetteer();

/** An engine over the files on disk that records what it fetched; point lookup fails the test. */
function engineOnDisk() {
  const fetched: string[] = [];
  const sources = createGazetteerSources(
    (file) => {
      fetched.push(file);
      return Promise.resolve(readGazetteerFile(file));
    },
    { quietMs: 0 },
  );
  const noPointLookup = (): Promise<PointLocator> => Promise.reject(new Error('point lookup was not expected'));
  return { engine: createSearchEngine(sources, noPointLookup), fetched, sources };
}

describe('ZIP shards', () => {
  it('are 40 files named by their first 3-digit prefix, each a few KB', () => {
    expect(ZIP_SHARD_COUNT).toBe(40);
    expect([0, 1, 38, 39].map(zipShardFile)).toEqual(['zips-000.json', 'zips-025.json', 'zips-950.json', 'zips-975.json']);
    for (let k = 0; k < ZIP_SHARD_COUNT; k++) {
      const gz = gzipSync(readFileSync(publicPath(`gazetteer/${zipShardFile(k)}`)), { level: 9 }).length;
      expect(gz, zipShardFile(k)).toBeLessThan(16 * 1024);
    }
  });

  it('put every ZIP in exactly one shard: the one its digits name', () => {
    const all = tables.flatMap((t) => [...t.codes]);
    expect(all.length).toBeGreaterThan(40_000);
    // ascending across shard boundaries: no ZIP twice, no shard overlapping the next
    expect(all.every((zip, i) => i === 0 || zip > (all[i - 1] ?? -1))).toBe(true);
    tables.forEach((t, k) => {
      expect(t.codes.length, `shard ${k}`).toBeGreaterThan(0);
      for (const zip of t.codes) expect(zipShardOf(zip)).toBe(k);
    });
  });

  it.each([
    ['96910', { label: '96910 — Hagåtña, GU', state: 'GU', lat: 13.47, lon: 144.74 }],
    ['00901', { label: '00901 — San Juan, PR', state: 'PR', lat: 18.4, lon: -66.06 }],
    ['99501', { label: '99501 — Anchorage, AK', state: 'AK', lat: 61.212, lon: -149.876 }],
    ['20001', { label: '20001 — Washington, DC', state: 'DC', lat: 38.912, lon: -77.018 }],
    ['78701', { label: '78701 — Austin, TX', state: 'TX', lat: 30.271, lon: -97.743 }],
  ])('answer %s from its shard alone, as the single ZIP table did', async (zip, expected) => {
    const { engine, fetched } = engineOnDisk();
    const place = { kind: 'zip', id: `zip:${zip}`, query: zip, weight: 1, ...expected };
    expect(await engine.resolve(zip)).toEqual({ kind: 'match', code: expected.state, place });
    // its one shard: no places.json, no other shard (and no boundaries: see engineOnDisk)
    expect(fetched).toEqual([zipShardFile(zipShardOf(Number(zip)))]);
    expect(lookupZip(g, zip)).toEqual(place);
  });

  it('say "not in the gazetteer" only once the shard has been read', async () => {
    const { engine, fetched } = engineOnDisk();
    expect(await engine.resolve('00000')).toMatchObject({ kind: 'none', message: expect.stringContaining('not in the gazetteer') });
    expect(fetched).toEqual(['zips-000.json']);
  });

  it('list a prefix across a shard boundary, with no gap while a shard is missing', () => {
    // "02" is 02000–02999: shard 0 ends at 02499
    expect(zipShardsOf(2000, 3000)).toEqual([0, 1]);
    const store = createZipStore();
    store.add(1, tables[1]!);
    expect(store.range(2000, 3000, 1000)).toEqual([]);
    store.add(0, tables[0]!);
    const rows = store.range(2000, 3000, 1000);
    expect(rows.map((r) => r.zip)).toEqual(g.zips.range(2000, 3000, 1000).map((r) => r.zip));
    expect(new Set(rows.map((r) => zipShardOf(Number(r.zip))))).toEqual(new Set([0, 1]));
  });

  it('feed the type-ahead as they land', async () => {
    const { engine, fetched, sources } = engineOnDisk();
    expect(engine.suggest('9691')).toEqual([]);
    const before = engine.dataVersion();
    const landed = new Promise<void>((resolve) => sources.subscribe(resolve));
    engine.prepare('9691');
    await landed;
    await sources.zips(96910, 96920);
    expect(engine.dataVersion()).toBeGreaterThan(before);
    expect(engine.suggest('9691')).toEqual(suggest('9691', g));
    expect(engine.suggest('9691')[0]?.label).toBe('96910 — Hagåtña, GU');
    expect(fetched).not.toContain(PLACES_FILE);
  });

  it('round-trip the first-use city encoding, and reject an index that is not first-use ordered', () => {
    const indexes = [0, 1, -1, 1, 2, 0, 3, 3];
    expect(firstUseEncode(indexes)).toEqual([0, 0, -1, 1, 0, 3, 0, 1]);
    expect(firstUseDecode(firstUseEncode(indexes))).toEqual(indexes);
    expect(() => firstUseEncode([1])).toThrow(RangeError);
  });

});

describe('typing before the search code has arrived', () => {
  it('fetches the shard the digits name, once, and hands that fetch to the engine', async () => {
    const fetchMock = vi.fn((url: string) => Promise.resolve(new Response(JSON.stringify({ url }))));
    vi.stubGlobal('fetch', fetchMock);
    try {
      prefetchZipShards('Texas');
      prefetchZipShards('9');
      expect(fetchMock).not.toHaveBeenCalled();
      prefetchZipShards('969');
      prefetchZipShards('9691');
      expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/gazetteer/zips-950.json']);
      expect(await fetchGazetteerFile('zips-950.json')).toEqual({ url: '/gazetteer/zips-950.json' });
      expect(fetchMock).toHaveBeenCalledTimes(1);
      await fetchGazetteerFile('zips-950.json'); // handed over once: later calls fetch
      expect(fetchMock).toHaveBeenCalledTimes(2);
      prefetchZipShards('02');
      expect(fetchMock.mock.calls.slice(2).map(([url]) => url)).toEqual(['/gazetteer/zips-000.json', '/gazetteer/zips-025.json']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('what each kind of search waits for', () => {
  it('a state name or code: nothing at all', async () => {
    const { engine, fetched } = engineOnDisk();
    expect(await engine.resolve('Texas')).toMatchObject({ kind: 'match', code: 'TX' });
    expect(await engine.resolve('gu')).toMatchObject({ kind: 'match', code: 'GU' });
    expect(engine.suggest('Tex')[0]?.label).toBe('Texas');
    expect(fetched).toEqual([]);
  });

  it('a city or county name: the names index (every shard and places.json), then the same answers', async () => {
    const { engine, fetched } = engineOnDisk();
    expect(await engine.resolve('Kansas City, MO')).toMatchObject({ kind: 'match', code: 'MO', place: { kind: 'city' } });
    expect(await engine.resolve('Travis County, TX')).toMatchObject({ kind: 'match', code: 'TX', place: { kind: 'county' } });
    expect(fetched).toContain(PLACES_FILE);
    expect(fetched.filter((f) => f.startsWith('zips-'))).toHaveLength(ZIP_SHARD_COUNT);
    expect(engine.suggest('kansas city, m')).toEqual(suggest('kansas city, m', g));
  });

  it('with the names index and the boundaries still loading: a ZIP and a state answer, a city waits', async () => {
    // Held, as on a slow connection: places.json never arrives until released, nor the boundaries.
    let releasePlaces = () => {};
    const placesHeld = new Promise<void>((resolve) => (releasePlaces = resolve));
    const sources = createGazetteerSources(
      (file) => (file === PLACES_FILE ? placesHeld.then(() => readGazetteerFile(file)) : Promise.resolve(readGazetteerFile(file))),
      { quietMs: 0 },
    );
    const locatorRequested = vi.fn();
    const engine = createSearchEngine(sources, () => {
      locatorRequested();
      return new Promise<PointLocator>(() => {});
    });
    engine.warm();
    expect(await engine.resolve('96910')).toMatchObject({ kind: 'match', code: 'GU' });
    await vi.waitFor(() => expect(locatorRequested).toHaveBeenCalled());
    expect(await engine.resolve('Texas')).toMatchObject({ kind: 'match', code: 'TX' });
    let city: unknown = null;
    const pending = engine.resolve('Kansas City, MO').then((r) => (city = r));
    await new Promise((r) => setTimeout(r, 0));
    expect(city).toBeNull();
    releasePlaces();
    await pending;
    expect(city).toMatchObject({ kind: 'match', code: 'MO', place: { label: 'Kansas City, MO' } });
  });

  it('background loads wait while a ZIP shard is on its way', async () => {
    let releaseShard = () => {};
    const shardHeld = new Promise<void>((resolve) => (releaseShard = resolve));
    const fetched: string[] = [];
    const sources = createGazetteerSources(
      (file) => {
        fetched.push(file);
        const json = readGazetteerFile(file);
        return file.startsWith('zips-') && fetched.filter((f) => f.startsWith('zips-')).length === 1
          ? shardHeld.then(() => json)
          : Promise.resolve(json);
      },
      { quietMs: 0 },
    );
    const engine = createSearchEngine(sources, () => new Promise<PointLocator>(() => {}));
    // as when the engine arrives while "96910" is being typed: warm() first, then the ZIP
    engine.warm();
    const zip = engine.resolve('96910');
    for (let i = 0; i < 5; i++) await yieldToPage();
    expect(fetched).toEqual(['zips-950.json']);
    releaseShard();
    expect(await zip).toMatchObject({ kind: 'match', code: 'GU' });
    await sources.warmNames();
    expect(fetched).toContain(PLACES_FILE);
    expect(fetched.filter((f) => f.startsWith('zips-'))).toHaveLength(ZIP_SHARD_COUNT);
  });

  it('background loads wait while a ZIP is half typed, and start once it is not', async () => {
    const { engine, fetched, sources } = engineOnDisk();
    engine.prepare('9');
    engine.warm();
    for (let i = 0; i < 5; i++) await yieldToPage();
    expect(fetched).toEqual([]);
    engine.prepare('96');
    await sources.zips(96000, 97000);
    for (let i = 0; i < 5; i++) await yieldToPage();
    expect(fetched).toEqual(['zips-950.json']);
    engine.prepare('96 Main St');
    await sources.names();
    expect(fetched).toContain(PLACES_FILE);
  });

  it('a failed file is fetched again by the next search', async () => {
    let fail = true;
    const sources = createGazetteerSources((file) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(readGazetteerFile(file)),
    );
    const engine = createSearchEngine(sources, () => Promise.reject(new Error('unused')));
    await expect(engine.resolve('96910')).rejects.toThrow('offline');
    fail = false;
    expect(await engine.resolve('96910')).toMatchObject({ kind: 'match', code: 'GU' });
  });
});
