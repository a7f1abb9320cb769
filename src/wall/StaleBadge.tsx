import { describeStale, formatCheckedAt, type Freshness } from '../data/freshness';
import { TimeStamp } from '../ui/TimeStamp';

export interface FreshnessProps {
  /** meta.asOf of the data on screen (the dataset's own time); null while unknown */
  asOf: string | null;
  /** epoch ms of the last successful refresh; null before any data */
  checkedAt: number | null;
  freshness: Freshness;
  sample: boolean;
  /** the clock the badge words its times against (today → "14:05 UTC") */
  now?: number;
}

/**
 * How fresh the data on screen is, always visible: "Data as of …" (the dataset's time),
 * "checked at …" (this display's last successful refresh), and while the data is stale a
 * prominent badge that says why — "No answer from the API since 14:05 UTC", "No connection
 * to the API since …" or "API error since …" — and that it is retrying (the data stays on
 * screen). It disappears by itself when a refresh succeeds again.
 */
export function StaleBadge({ asOf, checkedAt, freshness, sample, now = Date.now() }: FreshnessProps) {
  return (
    <div className="wall-freshness">
      {asOf ? (
        <p className="wall-asof">
          Data as of <TimeStamp iso={asOf} />
        </p>
      ) : null}
      {checkedAt !== null ? (
        <p className="wall-checked">
          checked at <time dateTime={new Date(checkedAt).toISOString()}>{formatCheckedAt(checkedAt, now)}</time>
        </p>
      ) : null}
      {sample ? <p className="wall-sample">Sample data</p> : null}
      <div role="status" className="wall-stale-slot">
        {freshness.state === 'stale' ? (
          <p className="wall-stale" data-testid="stale-badge" data-reason={freshness.reason}>
            Stale: {describeStale(freshness.reason, freshness.since, now)}, retrying
          </p>
        ) : null}
      </div>
    </div>
  );
}
