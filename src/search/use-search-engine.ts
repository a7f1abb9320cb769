import { useCallback, useState } from 'react';
import type { SearchEngine } from './engine';
import { loadSearchEngine } from './load-engine';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The lazily loaded engine as React state; `ensure()` starts (or joins) the load. */
export function useSearchEngine(): {
  engine: SearchEngine | null;
  status: EngineStatus;
  ensure: () => Promise<SearchEngine>;
} {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [status, setStatus] = useState<EngineStatus>('idle');

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

  return { engine, status, ensure };
}
