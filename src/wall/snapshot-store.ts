/**
 * The wall's memory across reloads: the last good data (so a reload while the API is down
 * still shows something, with its date) and the snapshot before it (the baseline for
 * "Changes since last briefing"). Everything read back is validated with the API's own
 * zod schemas; anything that fails is dropped, never shown.
 */
import { z } from 'zod';
import { JurisdictionSummaries, Meta, Regions, isoDateTime } from '../api/schemas';

/** the last good snapshot */
export const SNAPSHOT_KEY = 'wall.snapshot.v1';
/** the snapshot of the data version before it */
export const PREVIOUS_KEY = 'wall.previous.v1';
/** epoch ms of the first failed refresh since the last good one, while refreshes fail */
export const STALE_SINCE_KEY = 'wall.staleSince.v1';

export const WallSnapshot = z.object({
  /** when this display fetched the data (not the data's own date, which is meta.asOf) */
  savedAt: isoDateTime,
  meta: Meta,
  regions: Regions,
  summaries: JurisdictionSummaries,
});
export type WallSnapshot = z.infer<typeof WallSnapshot>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (privacy mode): the wall still works, it just forgets
  }
}

/**
 * The item under `key` if `accept` takes its text; an item it rejects is removed (so a bad
 * value is dropped once, not re-read forever). Null when missing or storage is blocked.
 */
function readValid<T>(key: string, accept: (raw: string) => T | null): T | null {
  const store = storage();
  let raw: string | null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  const value = accept(raw);
  if (value !== null) return value;
  try {
    store?.removeItem(key);
  } catch {
    // nothing more to do: it will be ignored again next time
  }
  return null;
}

/** The stored snapshot under `key`, or null when missing, unparsable or off-contract (then removed). */
export function readSnapshot(key: string = SNAPSHOT_KEY): WallSnapshot | null {
  return readValid(key, (raw) => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = WallSnapshot.safeParse(json);
    return parsed.success ? parsed.data : null;
  });
}

function write(key: string, snapshot: WallSnapshot): void {
  try {
    storage()?.setItem(key, JSON.stringify(snapshot));
  } catch {
    // quota or blocked storage: keep running on the in-memory data
  }
}

/** Two snapshots hold the same data version when the dataset says so (version and asOf). */
export function sameVersion(a: WallSnapshot, b: WallSnapshot): boolean {
  return a.meta.version === b.meta.version && a.meta.asOf === b.meta.asOf && a.meta.dataset === b.meta.dataset;
}

/**
 * Saves `next` as the last good snapshot. When it is a new data version, the snapshot it
 * replaces becomes the baseline for the changes panel; a refresh of the same version only
 * updates `savedAt`. Returns the baseline now in force (null if there is none yet).
 */
export function persistSnapshot(next: WallSnapshot): WallSnapshot | null {
  const current = readSnapshot(SNAPSHOT_KEY);
  if (current && !sameVersion(current, next)) write(PREVIOUS_KEY, current);
  write(SNAPSHOT_KEY, next);
  return readSnapshot(PREVIOUS_KEY);
}

/**
 * When refreshes started failing, as stored by an earlier page (a kiosk reloads itself):
 * null when none is stored or the value is not a past time (then removed).
 */
export function readStaleSince(now: number = Date.now()): number | null {
  return readValid(STALE_SINCE_KEY, (raw) => {
    const at = Number(raw);
    return Number.isInteger(at) && at > 0 && at <= now ? at : null;
  });
}

/** Stores (or, with null, clears) when refreshes started failing. */
export function writeStaleSince(at: number | null): void {
  try {
    if (at === null) storage()?.removeItem(STALE_SINCE_KEY);
    else storage()?.setItem(STALE_SINCE_KEY, String(Math.round(at)));
  } catch {
    // blocked storage: the badge counts from this page's first failure instead
  }
}
