/**
 * The gazetteer files, each loaded the first time something needs it, at most once:
 * - a ZIP (or a ZIP prefix while typing) needs zip-index.json and one shard;
 * - a city or county name needs every shard plus places.json, decoded in slices so a
 *   ZIP answer can paint between them.
 * Loads that only prepare for later (the names index) ask for low network priority and
 * take at most a few connections, so the shard a ZIP search waits for is never queued
 * behind them. A failed load is forgotten, so the next search retries it.
 */
import { EMPTY_NAMES, decodeNamesSteps, parsePlacesAsset, type Gazetteer, type NameIndex } from './gazetteer';
import { PLACES_FILE, ZIP_INDEX_FILE, zipShardFile } from './gazetteer-format';
import {
  createZipStore,
  decodeZipShard,
  parseZipIndex,
  parseZipShard,
  shardsOf,
  type ZipLookup,
  type ZipStore,
  type ZipTable,
} from './zip-table';

/** Fetches and parses one file of public/gazetteer (or reads it from disk, in tests). */
export type FetchGazetteerFile = (file: string, priority: 'high' | 'low') => Promise<unknown>;

export interface GazetteerSources {
  /** What has been decoded so far: the type-ahead reads it without waiting. */
  current(): Gazetteer;
  /** Loads the shards holding ZIPs from <= z < to. */
  zips(from: number, to: number): Promise<void>;
  /** Loads and decodes the names index (cities and counties). */
  names(): Promise<NameIndex>;
  /** Called whenever more of the gazetteer has been decoded. */
  subscribe(listener: () => void): () => void;
  /** Increases with every decoded piece, for React's useSyncExternalStore. */
  version(): number;
}

const NO_ZIPS: ZipLookup = { get: () => null, range: () => [] };
/** Shards fetched at once for the names index: leaves the browser's other connections free. */
const BACKGROUND_CONNECTIONS = 3;

/** Lets the page run (input, a render, a ZIP answer) before the next slice of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    // A message task, not setTimeout: nested timeouts are clamped to 4 ms each.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

async function runInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** One promise per key; a rejected one is dropped so the next call tries again. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= make().catch((err: unknown) => {
      pending = null;
      throw err;
    }));
}

export function createGazetteerSources(fetchFile: FetchGazetteerFile, pause: () => Promise<void> = yieldToPage): GazetteerSources {
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };

  let zipsNow: ZipStore | null = null;
  let namesNow: NameIndex | null = null;
  let current: Gazetteer = { zips: NO_ZIPS, names: EMPTY_NAMES };
  const update = () => {
    current = { zips: zipsNow ?? NO_ZIPS, names: namesNow ?? EMPTY_NAMES };
    changed();
  };

  const store = once(async () => {
    zipsNow = createZipStore(parseZipIndex(await fetchFile(ZIP_INDEX_FILE, 'high')));
    return zipsNow;
  });

  const shardLoads = new Map<number, Promise<ZipTable>>();
  const shard = (s: ZipStore, k: number, priority: 'high' | 'low'): Promise<ZipTable> => {
    let pending = shardLoads.get(k);
    if (!pending) {
      const file = zipShardFile(s.starts[k] ?? 0);
      pending = fetchFile(file, priority).then(
        (json) => {
          const table = decodeZipShard(parseZipShard(json, file));
          s.add(k, table);
          update();
          return table;
        },
        (err: unknown) => {
          shardLoads.delete(k);
          throw err;
        },
      );
      shardLoads.set(k, pending);
    }
    return pending;
  };

  const allShards = async (s: ZipStore): Promise<ZipTable[]> => {
    let next = 0;
    const worker = async () => {
      while (next < s.starts.length) await shard(s, next++, 'low');
    };
    await Promise.all(Array.from({ length: BACKGROUND_CONNECTIONS }, worker));
    const all = s.all();
    if (!all) throw new Error('gazetteer: a ZIP shard is missing');
    return all;
  };

  const names = once(async () => {
    const [tables, places] = await Promise.all([
      store().then(allShards),
      fetchFile(PLACES_FILE, 'low').then(parsePlacesAsset),
    ]);
    namesNow = await runInSlices(decodeNamesSteps(tables, places), pause);
    update();
    return namesNow;
  });

  return {
    current: () => current,
    async zips(from, to) {
      const s = await store();
      await Promise.all(shardsOf(s.starts, from, to).map((k) => shard(s, k, 'high')));
    },
    names,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
