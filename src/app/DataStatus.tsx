import type { UseQueryResult } from '@tanstack/react-query';
import { useMeta } from '../api/queries';
import { TimeStamp } from '../ui/TimeStamp';

interface Props {
  query: UseQueryResult<unknown, Error>;
}

/**
 * The status strip: what the data is, how fresh it is, and a specific error with Retry
 * when the jurisdiction list failed (the map still draws regions from reference data).
 */
export function DataStatus({ query }: Props) {
  const meta = useMeta();
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
