import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { jurisdictionsQuery, metaQuery } from '../api/queries';
import { describeStale, formatCheckedAt, freshnessOf, worstFailure } from '../data/freshness';
import { TimeStamp } from '../ui/TimeStamp';
import { useAgeClock } from '../ui/use-age-clock';

interface Props {
  query: UseQueryResult<unknown, Error>;
}

/** The dashboard re-checks its data this often; two intervals without an answer = stale. */
const DASHBOARD_REFRESH_MS = 5 * 60_000;

/**
 * The status strip: what the data is, how fresh it is ("Data as of" the dataset's time,
 * "checked at" the last successful refresh, and "No answer from the API since …" / "API
 * error since …" once it is stale), and a specific error with Retry when the jurisdiction
 * list failed (the map still draws regions from reference data).
 */
export function DataStatus({ query }: Props) {
  const meta = useQuery({ ...metaQuery(), refetchInterval: DASHBOARD_REFRESH_MS });
  const list = useQuery({ ...jurisdictionsQuery(), refetchInterval: DASHBOARD_REFRESH_MS });
  const answered = [meta, list].filter((q) => q.data !== undefined).map((q) => q.dataUpdatedAt);
  const checkedAt = answered.length ? Math.min(...answered) : null;
  const now = useAgeClock(checkedAt, DASHBOARD_REFRESH_MS);
  const failing = [meta, list].filter((q) => q.isError);
  const freshness = freshnessOf({
    now,
    checkedAt,
    refreshMs: DASHBOARD_REFRESH_MS,
    failingSince: failing.length ? Math.min(...failing.map((q) => q.errorUpdatedAt)) : null,
    failure: worstFailure(failing.map((q) => q.error)),
  });
  return (
    <div className="data-status">
      {meta.data ? (
        <span>
          Data as of <TimeStamp iso={meta.data.asOf} />
          {meta.data.sample ? ' · Sample data: fictional people and statuses' : ''}
        </span>
      ) : meta.error ? (
        <span role="alert">Dataset information unavailable: {meta.error.message}</span>
      ) : (
        <span>Loading dataset…</span>
      )}
      {checkedAt !== null ? (
        <span className="data-checked">
          {' '}
          · checked at <time dateTime={new Date(checkedAt).toISOString()}>{formatCheckedAt(checkedAt, now)}</time>
        </span>
      ) : null}
      {freshness.state === 'stale' && checkedAt !== null ? (
        <span className="data-stale" data-testid="data-stale">
          {' '}
          · <strong>Stale: {describeStale(freshness.reason, freshness.since, now)}</strong>
        </span>
      ) : null}
      {query.error ? (
        <span role="alert" className="data-error">
          Status data could not be loaded: {query.error.message}{' '}
          <button type="button" onClick={() => void query.refetch()}>
            Retry
          </button>
        </span>
      ) : null}
    </div>
  );
}
