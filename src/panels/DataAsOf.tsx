/** The dataset's timestamp at the foot of every panel, so nobody mistakes old data for live. */
import { useMeta } from '../api/queries';
import { formatAsOf } from '../data/freshness';
import { SectionError } from '../ui/SectionError';

export function DataAsOf() {
  const meta = useMeta();
  if (meta.error && !meta.data) {
    return <SectionError what="Dataset information" error={meta.error} query={meta} />;
  }
  return (
    <p className="panel-asof" aria-busy={!meta.data}>
      {meta.data ? (
        <>
          Data as of <time dateTime={meta.data.asOf}>{formatAsOf(meta.data.asOf)}</time>
          {meta.data.sample ? ' · Sample data: fictional people and statuses' : ''}
        </>
      ) : (
        'Loading data date…'
      )}
    </p>
  );
}
