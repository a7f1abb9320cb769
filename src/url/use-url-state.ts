import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type ParsedUrl, type UrlState } from './url-params';

/** The location is the store: subscribe to history changes and re-parse. */
const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cached: ParsedUrl = parseUrlState('');

function snapshot(): ParsedUrl {
  const search = window.location.search;
  if (search !== cachedSearch) {
    cachedSearch = search;
    cached = parseUrlState(search);
  }
  return cached;
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('popstate', cb);
  };
}

export interface NavigateOptions {
  /** replace the history entry instead of pushing one (for transient updates like typing) */
  replace?: boolean;
}

export function navigateUrl(patch: Partial<UrlState>, options: NavigateOptions = {}): void {
  const next = { ...snapshot().state, ...patch };
  // A comparison belongs to the region it was ticked in.
  if ('region' in patch && patch.region !== snapshot().state.region && !('compare' in patch)) next.compare = null;
  const url = `${window.location.pathname}${serializeUrlState(next)}${window.location.hash}`;
  const unchanged = url === `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (unchanged) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((l) => l());
}

export function useUrlState(): {
  url: UrlState;
  notices: string[];
  navigate: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
} {
  const parsed = useSyncExternalStore(subscribe, snapshot, snapshot);
  const navigate = useCallback(navigateUrl, []);
  return { url: parsed.state, notices: parsed.notices, navigate };
}
