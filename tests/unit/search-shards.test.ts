import { describe, expect, it, vi } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { readGazetteerFiles } from '../../src/search/gazetteer';
import { PLACES_FILE, ZIP_INDEX_FILE, firstUseDecode, firstUseEncode } from '../../src/search/gazetteer-format';
import { createGazetteerSources } from '../../src/search/gazetteer-sources';
import { lookupZip } from '../../src/search/places';
import type { PointLocator } from '../../src/search/resolver';
import { suggest } from '../../src/search/suggest';
import { createZipStore, decodeZipShard, parseZipIndex, shardOf, shardsOf } from '../../src/search/zip-table';
import { loadTestGazetteer, readGazetteerFile } from './search-fixture';

const files = readGazetteerFiles(readGazetteerFile);
const { starts } = files.index;
const tables = files.shards.map(decodeZipShard);
const g = loadTestGazetteer();

/** An engine over the files on disk that records what it fetched; point lookup fails the test. */
function engineOnDisk() {
  const fetched: string[] = [];
  const sources = createGazetteerSources((file) => {
    fetched.push(file);
    return Promise.resolve(readGazetteerFile(file));
  });
  const noPointLookup = (): Promise<PointLocator> => Promise.reject(new Error('point lookup was not expected'));
  return { engine: createSearchEngine(sources, noPointLookup), fetched, sources };
}

describe('ZIP shards', () => {
  it('are ~20–40 runs of whole 3-digit prefixes, each a small file', () => {
    expect(starts.length).toBeGreaterThanOrEqual(20);
    expect(starts.length).toBeLessThanOrEqual(40);
    const sizes = tables.map((t) => t.codes.length);
    expect(Math.max(...sizes)).toBeLessThan(2 * Math.min(...sizes));
  });

  it('put every ZIP in exactly one shard: the one the manifest names for it', () => {
    const all = tables.flatMap((t) => [...t.codes]);
    expect(all.length).toBeGreaterThan(40_000);
    // ascending across shard boundaries: no ZIP twice, no shard overlapping the next
    expect(all.every((zip, i) => i === 0 || zip > (all[i - 1] ?? -1))).toBe(true);
    tables.forEach((t, k) => {
      expect(t.codes.length, `shard ${k}`).toBeGreaterThan(0);
      for (const zip of t.codes) expect(shardOf(starts, zip)).toBe(k);
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
    // the manifest and one shard: no places.json, no other shard (and no boundaries: see engineOnDisk)
    expect(fetched).toEqual([ZIP_INDEX_FILE, expect.stringMatching(/^zips-\d{3}\.json$/)]);
    expect(lookupZip(g, zip)).toEqual(place);
  });

  it('say "not in the gazetteer" only once the shard has been read', async () => {
    const { engine, fetched } = engineOnDisk();
    expect(await engine.resolve('00000')).toMatchObject({ kind: 'none', message: expect.stringContaining('not in the gazetteer') });
    expect(fetched).toHaveLength(2);
  });

  it('list a prefix across a shard boundary, with no gap while a shard is missing', () => {
    const k = starts.findIndex((s) => s % 10 !== 0 && s > 0);
    const boundary = starts[k] ?? 0;
    const twoDigits = String(Math.floor(boundary / 10)).padStart(2, '0');
    const from = Number(twoDigits) * 1000;
    expect(shardsOf(starts, from, from + 1000)).toEqual([k - 1, k]);

    const store = createZipStore(files.index);
    store.add(k, tables[k]!);
    expect(store.range(from, from + 1000, 1000)).toEqual([]);
    store.add(k - 1, tables[k - 1]!);
    const rows = store.range(from, from + 1000, 1000);
    expect(rows.map((r) => r.zip)).toEqual(g.zips.range(from, from + 1000, 1000).map((r) => r.zip));
    expect(new Set(rows.map((r) => shardOf(starts, Number(r.zip))))).toEqual(new Set([k - 1, k]));
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

  it('reject a manifest whose shards do not ascend from 0', () => {
    expect(() => parseZipIndex({ v: 2, starts: [5, 10] })).toThrow(/ascend/);
    expect(() => parseZipIndex({ v: 2, starts: [0, 10, 10] })).toThrow(/ascend/);
    expect(() => parseZipIndex({ v: 1, starts: [0] })).toThrow(/version/);
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
    expect(fetched.filter((f) => f.startsWith('zips-'))).toHaveLength(starts.length);
    expect(engine.suggest('kansas city, m')).toEqual(suggest('kansas city, m', g));
  });

  it('with the names index and the boundaries still loading: a ZIP and a state answer, a city waits', async () => {
    // Held, as on a slow connection: places.json never arrives until released, nor the boundaries.
    let releasePlaces = () => {};
    const placesHeld = new Promise<void>((resolve) => (releasePlaces = resolve));
    const sources = createGazetteerSources((file) =>
      file === PLACES_FILE
        ? placesHeld.then(() => readGazetteerFile(file))
        : Promise.resolve(readGazetteerFile(file)),
    );
    const locatorRequested = vi.fn();
    const engine = createSearchEngine(sources, () => {
      locatorRequested();
      return new Promise<PointLocator>(() => {});
    });
    engine.warm();
    expect(locatorRequested).toHaveBeenCalled();

    expect(await engine.resolve('96910')).toMatchObject({ kind: 'match', code: 'GU' });
    expect(await engine.resolve('Texas')).toMatchObject({ kind: 'match', code: 'TX' });
    let city: unknown = null;
    const pending = engine.resolve('Kansas City, MO').then((r) => (city = r));
    await new Promise((r) => setTimeout(r, 0));
    expect(city).toBeNull();
    releasePlaces();
    await pending;
    expect(city).toMatchObject({ kind: 'match', code: 'MO', place: { label: 'Kansas City, MO' } });
  });

  it('a failed file is fetched again by the next search', async () => {
    let fail = true;
    const sources = createGazetteerSources((file) =>
      fail && file !== ZIP_INDEX_FILE ? Promise.reject(new Error('offline')) : Promise.resolve(readGazetteerFile(file)),
    );
    const engine = createSearchEngine(sources, () => Promise.reject(new Error('unused')));
    await expect(engine.resolve('96910')).rejects.toThrow('offline');
    fail = false;
    expect(await engine.resolve('96910')).toMatchObject({ kind: 'match', code: 'GU' });
  });
});
