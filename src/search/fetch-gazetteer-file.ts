/**
 * Files of public/gazetteer over the network. Part of the first bundle (small): while the
 * search code is still loading after focus, digits typed so far already name their ZIP
 * shard (gazetteer-format.ts), so its fetch starts at once instead of after the code.
 */
import { zipPrefixRange, zipShardFile, zipShardsOf } from './gazetteer-format';

/** Fetches started before the engine's code arrived, each handed over once. */
const early = new Map<string, Promise<unknown>>();

async function fetchJson(file: string, priority: 'high' | 'low'): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}gazetteer/${file}`;
  const res = await fetch(url, { priority });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

/** One file, parsed (its shape is checked by whoever decodes it). */
export function fetchGazetteerFile(file: string, priority: 'high' | 'low' = 'high'): Promise<unknown> {
  const started = early.get(file);
  if (started) {
    early.delete(file);
    return started;
  }
  return fetchJson(file, priority);
}

/** The shard(s) of a ZIP or ZIP prefix (2–5 digits) being typed, for the engine to take over. */
export function prefetchZipShards(text: string): void {
  const digits = /^\s*(\d{2,5})(?:[-\s]?\d{4})?\s*$/.exec(text)?.[1];
  if (!digits) return;
  for (const k of zipShardsOf(...zipPrefixRange(digits))) {
    const file = zipShardFile(k);
    if (early.has(file)) continue;
    const pending = fetchJson(file, 'high');
    // A failed early fetch is dropped: the engine fetches again when it needs the file.
    pending.catch(() => early.get(file) === pending && early.delete(file));
    early.set(file, pending);
  }
}
