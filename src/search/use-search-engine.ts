import { useCallback, useState, useSyncExternalStore } from 'react';
import type { SearchEngine } from './engine';
import { loadSearchEngine, prefetchWhileLoading } from './load-engine';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

const noSubscription = () => () => undefined;

/**
 * The lazily loaded engine as React state; `ensure()` starts (or joins) the load, and
 * `prepare(text)` also starts what suggestions for the typed text need (a ZIP's shard
 * even before the engine's code has arrived). `dataVersion` changes as gazetteer pieces
 * land, so suggestions computed from what had loaded are computed again.
 */
export function useSearchEngine(): {
  engine: SearchEngine | null;
  status: EngineStatus;
  dataVersion: number;
  ensure: () => Promise<SearchEngine>;
  prepare: (text: string) => void;
} {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [status, setStatus] = useState<EngineStatus>('idle');
  const dataVersion = useSyncExternalStore(
    engine ? engine.subscribe : noSubscription,
    () => engine?.dataVersion() ?? 0,
  );

  const ensure = useCallback((): Promise<SearchEngine> => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    return loadSearchEngine().then(
      (e) => {
        setEngine(e);
        setStatus('ready');
        return e;
      },
      (err: unknown) => {
        setStatus('error');
        throw err;
      },
    );
  }, []);

  const prepare = useCallback(
    (text: string) => {
      prefetchWhileLoading(text);
      ensure().then((e) => e.prepare(text), () => undefined);
    },
    [ensure],
  );

  return { engine, status, dataVersion, ensure, prepare };
}
