/**
 * The one door to the search engine from the first bundle: a dynamic import, so the
 * gazetteer code loads on first focus or on a ?find= link, never on first paint, and
 * its assets after it, as searches need them. Shared by every caller; a failed load
 * can be retried.
 */
import type { SearchEngine } from './engine';
import { prefetchZipShards } from './fetch-gazetteer-file';
import { once } from './once';

let arrived = false;

export const loadSearchEngine: () => Promise<SearchEngine> = once(() =>
  import('./engine')
    .then((m) => m.loadSearchEngine())
    .then((engine) => {
      arrived = true;
      return engine;
    }),
);

/**
 * Typing while the engine's code is still on its way: digits already name their ZIP
 * shard, so fetch it now (the engine takes the fetch over). Once the engine is here,
 * its own `prepare` does this.
 */
export function prefetchWhileLoading(text: string): void {
  if (!arrived) prefetchZipShards(text);
}
