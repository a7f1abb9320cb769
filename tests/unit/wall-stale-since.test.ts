import { afterEach, describe, expect, it } from 'vitest';
import { STALE_SINCE_KEY, readStaleSince, writeStaleSince } from '../../src/wall/snapshot-store';
import { staleSinceOnFailure } from '../../src/wall/use-wall-data';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('wall "stale since" across reloads', () => {
  const store = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = store;
  afterEach(() => store.items.clear());

  it('round-trips the time refreshes started failing, and clears it', () => {
    writeStaleSince(NOW - 3_600_000);
    expect(readStaleSince(NOW)).toBe(NOW - 3_600_000);
    writeStaleSince(null);
    expect(readStaleSince(NOW)).toBeNull();
  });

  it.each(['soon', '-5', '0', '1.5', String(NOW + 60_000)])('drops a stored value that is not a past time (%s)', (raw) => {
    store.setItem(STALE_SINCE_KEY, raw);
    expect(readStaleSince(NOW)).toBeNull();
    expect(store.getItem(STALE_SINCE_KEY)).toBeNull();
  });

  it("counts from the earlier page's first failure when there is one", () => {
    expect(staleSinceOnFailure(NOW, NOW - 7_200_000)).toBe(NOW - 7_200_000);
    expect(staleSinceOnFailure(NOW, null)).toBe(NOW);
    // a stored time after this failure cannot be the first one
    expect(staleSinceOnFailure(NOW - 10, NOW)).toBe(NOW - 10);
  });
});
