/**
 * "Now", for judging the data's age: updated by one timer set for the moment the data
 * would turn stale (and whenever the data's age changes), not by a clock ticking every
 * second for days.
 */
import { useEffect, useState } from 'react';
import { agesOutAt } from '../data/freshness';

export function useAgeClock(checkedAt: number | null, refreshMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const at = agesOutAt(checkedAt, refreshMs);
    if (at === null) return undefined;
    // setTimeout holds at most ~24.8 days; a longer wait is re-armed by the next refresh.
    const wait = Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1);
    const id = window.setTimeout(() => setNow(Date.now()), wait);
    return () => window.clearTimeout(id);
  }, [checkedAt, refreshMs]);
  return now;
}
