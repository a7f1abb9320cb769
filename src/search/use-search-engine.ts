import { useCallback, useState, useSyncExternalStore } from 'react';
import type { SearchEngine } from './engine';
import { loadSearchEngine, prefetchWhileLoading } from './load-engine';

const noSubscription = () => () => undefined;

/**
 * The lazily loaded engine as React state; `ensure()` starts (or joins) the load, and
 * `prepare(text)` also starts what suggestions for the typed text need (a ZIP's shard
 * even before the engine's code has arrived). `dataVersion` changes as gazetteer pieces
 * land, so suggestions computed from what had loaded are computed again. The engine is
 * null until it has loaded (a failed load leaves it null; `ensure()` rejects and retries).
 */
export function useSearchEngine(): {
  engine: SearchEngine | null;
  dataVersion: number;
  ensure: () => Promise<SearchEngine>;
  prepare: (text: string) => void;
} {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const dataVersion = useSyncExternalStore(
    engine ? engine.subscribe : noSubscription,
    () => engine?.dataVersion() ?? 0,
  );

  const ensure = useCallback(
    (): Promise<SearchEngine> =>
      loadSearchEngine().then((e) => {
        setEngine(e);
        return e;
      }),
    [],
  );

  const prepare = useCallback(
    (text: string) => {
      prefetchWhileLoading(text);
      ensure().then((e) => e.prepare(text), () => undefined);
    },
    [ensure],
  );

  return { engine, dataVersion, ensure, prepare };
}
