/**
 * The one door to the search engine from the first bundle: a dynamic import, so the
 * gazetteer code loads on first focus or on a ?find= link, never on first paint, and
 * its assets after it, as searches need them. Shared by every caller; a failed load
 * can be retried.
 */
import type { SearchEngine } from './engine';

let pending: Promise<SearchEngine> | null = null;

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= import('./engine')
    .then((m) => m.loadSearchEngine())
    .catch((err: unknown) => {
      pending = null;
      throw err;
    });
  return pending;
}
