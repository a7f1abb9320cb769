/**
 * The wall's data: meta, regions and summaries refreshed in the background, seeded from
 * the last good snapshot, persisted after every good refresh, and honest about failure.
 *
 * Days of uptime: three fixed query keys (no per-refresh keys), gcTime bounds anything
 * unobserved, and the only state kept here is one timestamp and one baseline snapshot.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { jurisdictionsQuery, metaQuery, regionsQuery } from '../api/queries';
import type { JurisdictionSummary, Meta, Region } from '../api/schemas';
import { diffSnapshots, type SnapshotChange } from '../data/snapshot-diff';
import { persistSnapshot, readSnapshot, readStaleSince, writeStaleSince, PREVIOUS_KEY, type WallSnapshot } from './snapshot-store';

/** unobserved API data is dropped after this long (the wall observes its three keys forever) */
const WALL_GC_MS = 15 * 60_000;

export interface WallData {
  meta: Meta | undefined;
  regions: Region[] | undefined;
  summaries: JurisdictionSummary[] | undefined;
  /** epoch ms of the first failed refresh since the last success; null while healthy */
  staleSince: number | null;
  /** the failure to show when there is nothing at all to show */
  error: Error | null;
  /** changes from the baseline snapshot to the data on screen; null without a baseline */
  changes: SnapshotChange[] | null;
  /** meta.asOf of the baseline the changes are counted from */
  changesSince: string | null;
}

/** Pure: the first failure time of the failing queries, or null when none is failing. */
export function firstFailureAt(queries: readonly Pick<UseQueryResult, 'isError' | 'errorUpdatedAt'>[]): number | null {
  const times = queries.filter((q) => q.isError).map((q) => q.errorUpdatedAt);
  return times.length ? Math.min(...times) : null;
}

/** Pure: when the data on screen went stale, given this page's first failure and an earlier page's. */
export function staleSinceOnFailure(failingAt: number, stored: number | null): number {
  return stored !== null ? Math.min(stored, failingAt) : failingAt;
}

export function useWallData(refreshMinutes: number): WallData {
  // Read once per page: the seed for the query cache and the first baseline.
  const [seed] = useState<WallSnapshot | null>(() => readSnapshot());
  const [baseline, setBaseline] = useState<WallSnapshot | null>(() => readSnapshot(PREVIOUS_KEY));
  const seededAt = seed ? Date.parse(seed.savedAt) : 0;
  const live = {
    refetchInterval: Math.round(refreshMinutes * 60_000),
    // A wall is rarely the focused window; it must refresh anyway.
    refetchIntervalInBackground: true,
    // Always ask on load: a seed from storage is a fallback, never a reason to skip a fetch.
    staleTime: 0,
    gcTime: WALL_GC_MS,
  } as const;

  const meta = useQuery({ ...metaQuery(), ...live, initialData: seed?.meta, initialDataUpdatedAt: seededAt });
  const regions = useQuery({ ...regionsQuery(), ...live, initialData: seed?.regions, initialDataUpdatedAt: seededAt });
  const jurisdictions = useQuery({
    ...jurisdictionsQuery(),
    ...live,
    initialData: seed?.summaries,
    initialDataUpdatedAt: seededAt,
  });
  const queries = [meta, regions, jurisdictions];

  // Stale since the FIRST failure after the last success: held until every query recovers,
  // and across reloads while the stored snapshot is what is on screen (a kiosk that reloads
  // itself during an outage must not make the outage look minutes old).
  const failingAt = firstFailureAt(queries);
  // All three answered on this page (the seed read back from storage does not count).
  const allFresh = queries.every((q) => q.isSuccess && q.isFetchedAfterMount);
  const [storedStaleSince, setStoredStaleSince] = useState(() => (seed ? readStaleSince() : null));
  if (allFresh && storedStaleSince !== null) setStoredStaleSince(null);
  const [staleSince, setStaleSince] = useState<number | null>(null);
  if (failingAt === null && staleSince !== null) setStaleSince(null);
  if (failingAt !== null && staleSince === null) setStaleSince(staleSinceOnFailure(failingAt, storedStaleSince));
  useEffect(() => {
    if (staleSince !== null) writeStaleSince(staleSince);
    else if (allFresh) writeStaleSince(null);
  }, [staleSince, allFresh]);

  // Persist once per refresh in which all three have answered anew. Saving as each one
  // landed wrote up to three times a cycle, and could store new statuses under the previous
  // data version's meta, which then became the baseline and hid that version's changes.
  const savedThrough = useRef(0);
  const oldestAnswer = allFresh ? Math.min(...queries.map((q) => q.dataUpdatedAt)) : 0;
  const newestAnswer = allFresh ? Math.max(...queries.map((q) => q.dataUpdatedAt)) : 0;
  useEffect(() => {
    if (oldestAnswer <= savedThrough.current || !meta.data || !regions.data || !jurisdictions.data) return;
    savedThrough.current = newestAnswer;
    setBaseline(
      persistSnapshot({
        savedAt: new Date(newestAnswer).toISOString(),
        meta: meta.data,
        regions: regions.data,
        summaries: jurisdictions.data,
      }),
    );
    // Keyed on the answer times alone: the data objects change with them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [oldestAnswer]);

  const summaries = jurisdictions.data;
  const changes = useMemo(
    () => (baseline && summaries ? diffSnapshots(baseline, { summaries }) : null),
    [baseline, summaries],
  );

  const nothingToShow = !meta.data || !jurisdictions.data;
  const error = nothingToShow ? (meta.error ?? jurisdictions.error ?? regions.error) : null;

  return {
    meta: meta.data,
    regions: regions.data,
    summaries,
    staleSince,
    error,
    changes,
    changesSince: baseline?.meta.asOf ?? null,
  };
}
