import { ApiError } from '../api/errors';
import { formatMomentText } from './time-format';

/** A moment as people read it on a briefing screen: the viewer's zone, UTC beside it (see time-format.ts). */
export function formatAsOf(iso: string): string {
  return formatMomentText(iso);
}

const dayFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function formatDay(isoDate: string | null): string {
  if (!isoDate) return '—';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : dayFormat.format(d);
}

/** Whole minutes from `then` to `now` (never negative). */
export function minutesBetween(thenIso: string, now: Date): number {
  const t = new Date(thenIso).getTime();
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now.getTime() - t) / 60_000));
}

const clockFormat = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' });

/** "14:05 UTC" for a time today (UTC), else the full "Nov 20, 2026, 02:05 PM UTC". */
export function formatCheckedAt(at: number, now: number): string {
  const sameDay = new Date(at).toISOString().slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  return sameDay ? clockFormat.format(at) : formatAsOf(new Date(at).toISOString());
}

/** Data is stale once no refresh has succeeded for this many refresh intervals. */
export const STALE_AFTER_INTERVALS = 2;

/** Why refreshes are failing: no answer in time, no connection at all, or an answer that was an error. */
export type FailureKind = 'no-answer' | 'unreachable' | 'error';

export type Freshness =
  | { state: 'fresh' }
  /** since: epoch ms from which the API has been silent, unreachable or failing */
  | { state: 'stale'; reason: FailureKind; since: number };

export interface FreshnessInput {
  now: number;
  /** epoch ms of the last successful refresh; null when nothing has ever loaded */
  checkedAt: number | null;
  refreshMs: number;
  /** epoch ms of the first failure since the last success; null while none is failing */
  failingSince: number | null;
  /** what the failing refreshes ran into (null while none is failing) */
  failure: FailureKind | null;
}

/**
 * Pure: is the data on screen fresh? Stale when a refresh is failing, AND when no refresh
 * has succeeded for STALE_AFTER_INTERVALS intervals even though nothing has failed yet (a
 * request that simply hangs, or a snapshot from storage that is old). Silence and no
 * connection date from the last answer; an error from the first failure.
 */
export function freshnessOf({ now, checkedAt, refreshMs, failingSince, failure }: FreshnessInput): Freshness {
  const aged = checkedAt !== null && now - checkedAt > STALE_AFTER_INTERVALS * refreshMs;
  if (failingSince !== null && failure !== null) {
    const since = failure === 'error' ? failingSince : Math.min(checkedAt ?? failingSince, failingSince);
    return { state: 'stale', reason: failure, since };
  }
  if (aged) return { state: 'stale', reason: 'no-answer', since: checkedAt };
  return { state: 'fresh' };
}

/** When `freshnessOf` turns stale by age alone (epoch ms), for one timer instead of a ticking clock. */
export function agesOutAt(checkedAt: number | null, refreshMs: number): number | null {
  return checkedAt === null ? null : checkedAt + STALE_AFTER_INTERVALS * refreshMs + 1;
}

/** "No answer from the API since 14:05 UTC" and the like. */
export function describeStale(reason: FailureKind, since: number, now: number): string {
  const at = formatCheckedAt(since, now);
  if (reason === 'no-answer') return `No answer from the API since ${at}`;
  if (reason === 'unreachable') return `No connection to the API since ${at}`;
  return `API error since ${at}`;
}

/** What a failed request ran into, as the freshness badge words it. */
export function failureKindOf(error: unknown): FailureKind {
  if (error instanceof ApiError && error.kind === 'timeout') return 'no-answer';
  if (error instanceof ApiError && error.kind === 'network') return 'unreachable';
  return 'error';
}

/** Several failing feeds: an error outranks no connection, which outranks silence. */
export function worstFailure(errors: readonly unknown[]): FailureKind | null {
  if (errors.length === 0) return null;
  const kinds = errors.map(failureKindOf);
  if (kinds.includes('error')) return 'error';
  return kinds.includes('unreachable') ? 'unreachable' : 'no-answer';
}
