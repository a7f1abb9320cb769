/**
 * The wall's data: meta, regions and summaries refreshed in the background, seeded from
 * the last good snapshot, persisted after every good refresh, and honest about freshness.
 *
 * Each feed stands alone: a broken `/meta` leaves the regions and jurisdictions on screen,
 * and each failing feed has its own Retry (see FeedErrors). Every request has a timeout
 * well under the refresh interval, so a hung API shows as "no answer" instead of freezing
 * the data silently; and the data counts as stale by its age too (no successful refresh
 * for two intervals), not only after an error.
 *
 * Days of uptime: three fixed query keys (no per-refresh keys), gcTime bounds anything
 * unobserved, and the only state kept here is two timestamps and one baseline snapshot.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { requestTimeoutMs } from '../api/config';
import { apiKeys, jurisdictionsQuery, metaQuery, regionsQuery } from '../api/queries';
import type { JurisdictionSummary, Meta, Region } from '../api/schemas';
import { freshnessOf, worstFailure, type Freshness } from '../data/freshness';
import { diffSnapshots, type SnapshotChange } from '../data/snapshot-diff';
import { persistSnapshot, readSnapshot, readStaleSince, writeStaleSince, PREVIOUS_KEY, type WallSnapshot } from './snapshot-store';
import { useAgeClock } from '../ui/use-age-clock';

/** unobserved API data is dropped after this long (the wall observes its three keys forever) */
const WALL_GC_MS = 15 * 60_000;

export type FeedName = 'meta' | 'regions' | 'jurisdictions';

/** One failing feed, for its own message and Retry. */
export interface FeedFailure {
  feed: FeedName;
  error: Error;
  /** true while its data (older) is still on screen */
  hasData: boolean;
  retry: () => void;
}

export interface WallData {
  meta: Meta | undefined;
  regions: Region[] | undefined;
  summaries: JurisdictionSummary[] | undefined;
  /** fresh, or stale with why and since when */
  freshness: Freshness;
  /** epoch ms of the last successful refresh of the data on screen (the seed's save time at first) */
  checkedAt: number | null;
  /** the feeds failing now, in a fixed order */
  failures: FeedFailure[];
  /** changes from the baseline snapshot to the data on screen; null without a baseline */
  changes: SnapshotChange[] | null;
  /** meta.asOf of the baseline the changes are counted from */
  changesSince: string | null;
}

declare global {
  interface Window {
    /** refreshes the wall's data now, as its timer would (the soak benchmark's data refreshes) */
    __wallRefresh?: () => Promise<void>;
  }
}

type FeedQuery = Pick<UseQueryResult, 'isError' | 'errorUpdatedAt'>;

/** Pure: the first failure time of the failing queries, or null when none is failing. */
export function firstFailureAt(queries: readonly FeedQuery[]): number | null {
  const times = queries.filter((q) => q.isError).map((q) => q.errorUpdatedAt);
  return times.length ? Math.min(...times) : null;
}

/** Pure: when the data on screen went stale, given this page's first failure and an earlier page's. */
export function staleSinceOnFailure(failingAt: number, stored: number | null): number {
  return stored !== null ? Math.min(stored, failingAt) : failingAt;
}

/** Pure: the oldest answer among the feeds that have data (0 = never answered), null if none has. */
export function oldestAnswerAt(updatedAt: readonly number[]): number | null {
  const answered = updatedAt.filter((t) => t > 0);
  return answered.length ? Math.min(...answered) : null;
}

/** A request may wait at most a third of the refresh interval (and never longer than configured). */
export const wallTimeoutMs = (refreshMs: number): number => Math.max(1000, Math.min(requestTimeoutMs, Math.round(refreshMs / 3)));

/** How every wall feed is polled. */
function liveQueryOptions(refreshMs: number, seededAt: number) {
  return {
    refetchInterval: refreshMs,
    // A wall is rarely the focused window; it must refresh anyway.
    refetchIntervalInBackground: true,
    // Always ask on load: a seed from storage is a fallback, never a reason to skip a fetch.
    staleTime: 0,
    gcTime: WALL_GC_MS,
    initialDataUpdatedAt: seededAt,
  } as const;
}

export function useWallData(refreshMinutes: number): WallData {
  // Read once per page: the seed for the query cache and the first baseline.
  const [seed] = useState<WallSnapshot | null>(() => readSnapshot());
  const [baseline, setBaseline] = useState<WallSnapshot | null>(() => readSnapshot(PREVIOUS_KEY));
  const seededAt = seed ? Date.parse(seed.savedAt) : 0;
  const refreshMs = Math.round(refreshMinutes * 60_000);
  const timeoutMs = wallTimeoutMs(refreshMs);
  const live = liveQueryOptions(refreshMs, seededAt);

  const meta = useQuery({
    ...metaQuery(),
    ...live,
    queryFn: ({ signal }) => apiGet('meta', undefined, { signal, timeoutMs }),
    initialData: seed?.meta,
  });
  const regions = useQuery({
    ...regionsQuery(),
    ...live,
    queryFn: ({ signal }) => apiGet('regions', undefined, { signal, timeoutMs }),
    initialData: seed?.regions,
  });
  const jurisdictions = useQuery({
    ...jurisdictionsQuery(),
    ...live,
    queryFn: ({ signal }) => apiGet('jurisdictions', undefined, { signal, timeoutMs }),
    initialData: seed?.summaries,
  });
  const feeds: [FeedName, UseQueryResult<unknown>][] = [
    ['meta', meta],
    ['regions', regions],
    ['jurisdictions', jurisdictions],
  ];
  const queries = feeds.map(([, q]) => q);
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => queryClient.refetchQueries({ queryKey: apiKeys.all, type: 'active' });
    window.__wallRefresh = refresh;
    return () => {
      if (window.__wallRefresh === refresh) delete window.__wallRefresh;
    };
  }, [queryClient]);

  // Failing since the FIRST failure after the last success: held until every query recovers,
  // and across reloads while the stored snapshot is what is on screen (a kiosk that reloads
  // itself during an outage must not make the outage look minutes old).
  const failingAt = firstFailureAt(queries);
  // All three answered on this page (the seed read back from storage does not count).
  const allFresh = queries.every((q) => q.isSuccess && q.isFetchedAfterMount);
  const [storedStaleSince, setStoredStaleSince] = useState(() => (seed ? readStaleSince() : null));
  if (allFresh && storedStaleSince !== null) setStoredStaleSince(null);
  const [failingSince, setFailingSince] = useState<number | null>(null);
  if (failingAt === null && failingSince !== null) setFailingSince(null);
  if (failingAt !== null && failingSince === null) setFailingSince(staleSinceOnFailure(failingAt, storedStaleSince));
  useEffect(() => {
    if (failingSince !== null) writeStaleSince(failingSince);
    else if (allFresh) writeStaleSince(null);
  }, [failingSince, allFresh]);

  const checkedAt = oldestAnswerAt(queries.map((q) => (q.data === undefined ? 0 : q.dataUpdatedAt)));
  const now = useAgeClock(checkedAt, refreshMs);
  const failing = feeds.filter(([, q]) => q.isError && q.error);
  const freshness = freshnessOf({
    now,
    checkedAt,
    refreshMs,
    failingSince,
    failure: worstFailure(failing.map(([, q]) => q.error)),
  });

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

  const failures = failing.map(([feed, q]): FeedFailure => ({
    feed,
    error: q.error as Error,
    hasData: q.data !== undefined,
    retry: () => void q.refetch(),
  }));

  return {
    meta: meta.data,
    regions: regions.data,
    summaries,
    freshness,
    checkedAt,
    failures,
    changes,
    changesSince: baseline?.meta.asOf ?? null,
  };
}
