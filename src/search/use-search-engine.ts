import { useCallback, useState, useSyncExternalStore } from 'react';
import type { SearchEngine } from './engine';
import { loadSearchEngine } from './load-engine';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

const noSubscription = () => () => undefined;

/**
 * The lazily loaded engine as React state; `ensure()` starts (or joins) the load.
 * `dataVersion` changes as gazetteer pieces land, so suggestions computed from what had
 * loaded are computed again.
 */
export function useSearchEngine(): {
  engine: SearchEngine | null;
  status: EngineStatus;
  dataVersion: number;
  ensure: () => Promise<SearchEngine>;
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

  return { engine, status, dataVersion, ensure };
}
