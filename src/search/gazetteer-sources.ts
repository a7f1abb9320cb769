/**
 * The gazetteer files, each loaded the first time something needs it, at most once:
 * - a ZIP (or a ZIP prefix while typing) needs one shard;
 * - a city or county name needs every shard plus places.json, decoded in slices so a
 *   ZIP answer can paint between them.
 * Work that only prepares for later (warming the names index) goes through the
 * foreground gate (foreground-gate.ts), asks for low network priority and takes at most
 * a few connections, so the shard a ZIP search waits for is never queued behind it. A
 * failed load is forgotten, so the next search retries it.
 */
import { EMPTY_NAMES, decodeNamesSteps, parsePlacesAsset, type Gazetteer, type NameIndex } from './gazetteer';
import { createForegroundGate } from './foreground-gate';
import { PLACES_FILE, ZIP_SHARD_COUNT, zipShardFile, zipShardsOf } from './gazetteer-format';
import { createZipStore, decodeZipShard, parseZipShard, type ZipTable } from './zip-table';
import { once } from './once';

/** Fetches and parses one file of public/gazetteer (or reads it from disk, in tests). */
export type FetchGazetteerFile = (file: string, priority: 'high' | 'low') => Promise<unknown>;

export interface GazetteerSources {
  /** What has been decoded so far: the type-ahead reads it without waiting. */
  current(): Gazetteer;
  /** Loads the shards holding ZIPs from <= z < to. */
  zips(from: number, to: number): Promise<void>;
  /** Loads and decodes the names index (cities and counties): a search is waiting for it. */
  names(): Promise<NameIndex>;
  /** The same, as background work (see foreground-gate.ts). */
  warmNames(): Promise<NameIndex>;
  /** Resolves when background work may run (see foreground-gate.ts). */
  afterForeground(): Promise<void>;
  /** A keystroke; `zipInProgress`: the text is the start of a ZIP. */
  typed(zipInProgress: boolean): void;
  /** The box got focus: typing may follow. */
  focused(): void;
  /** Called whenever more of the gazetteer has been decoded. */
  subscribe(listener: () => void): () => void;
  /** Increases with every decoded piece, for React's useSyncExternalStore. */
  version(): number;
}

/** Shards fetched at once for the names index: leaves the browser's other connections free. */
const BACKGROUND_CONNECTIONS = 3;
/** A pause in typing this long (ms) lets background loads start: typing is a few keys a second. */
const QUIET_MS = 300;

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

export interface SourceOptions {
  /** hands the thread back between slices of work */
  pause?: () => Promise<void>;
  /** background work starts once the user has not typed for this long */
  quietMs?: number;
}

export function createGazetteerSources(
  fetchFile: FetchGazetteerFile,
  { pause = yieldToPage, quietMs = QUIET_MS }: SourceOptions = {},
): GazetteerSources {
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };

  const zips = createZipStore();
  let namesNow: NameIndex | null = null;
  let current: Gazetteer = { zips, names: EMPTY_NAMES };
  const update = () => {
    current = { zips, names: namesNow ?? EMPTY_NAMES };
    changed();
  };

  const gate = createForegroundGate(pause, quietMs);
  /** someone is waiting for the names index (a name typed or searched), not just warming it */
  let namesWanted = false;
  const namesTurn = () => gate.after(() => namesWanted);

  const shardLoads = new Map<number, Promise<ZipTable>>();
  const shard = (k: number, priority: 'high' | 'low'): Promise<ZipTable> => {
    let pending = shardLoads.get(k);
    if (!pending) {
      const file = zipShardFile(k);
      pending = fetchFile(file, priority).then(
        (json) => {
          const table = decodeZipShard(parseZipShard(json, file));
          zips.add(k, table);
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

  const allShards = async (): Promise<ZipTable[]> => {
    let next = 0;
    const worker = async () => {
      for (;;) {
        await namesTurn();
        if (next >= ZIP_SHARD_COUNT) return;
        await shard(next++, namesWanted ? 'high' : 'low');
      }
    };
    await Promise.all(Array.from({ length: BACKGROUND_CONNECTIONS }, worker));
    const all = zips.all();
    if (!all) throw new Error('gazetteer: a ZIP shard is missing');
    return all;
  };

  const loadNames = once(async () => {
    await namesTurn();
    const [tables, places] = await Promise.all([
      allShards(),
      fetchFile(PLACES_FILE, namesWanted ? 'high' : 'low').then(parsePlacesAsset),
    ]);
    namesNow = await runInSlices(decodeNamesSteps(tables, places), namesTurn);
    update();
    return namesNow;
  });

  return {
    current: () => current,
    zips: (from, to) => gate.hold(() => Promise.all(zipShardsOf(from, to).map((k) => shard(k, 'high'))).then(() => undefined)),
    names() {
      namesWanted = true;
      gate.recheck();
      return loadNames();
    },
    warmNames: () => gate.after().then(loadNames),
    afterForeground: () => gate.after(),
    typed: (zipInProgress) => gate.typed(zipInProgress),
    focused: () => gate.focused(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
