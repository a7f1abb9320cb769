import { TimeStamp } from '../ui/TimeStamp';

export interface FreshnessProps {
  /** meta.asOf of the data on screen */
  asOf: string | null;
  /** epoch ms of the first failed refresh since the last success; null while healthy */
  staleSince: number | null;
  sample: boolean;
}

/**
 * How fresh the data on screen is, always visible: "Data as of …", and while refreshes
 * fail a prominent "Stale since …, retrying" (the data stays on screen). It disappears by
 * itself when a refresh succeeds again.
 */
export function StaleBadge({ asOf, staleSince, sample }: FreshnessProps) {
  return (
    <div className="wall-freshness">
      {asOf ? (
        <p className="wall-asof">
          Data as of <TimeStamp iso={asOf} />
        </p>
      ) : null}
      {sample ? <p className="wall-sample">Sample data</p> : null}
      <div role="status" className="wall-stale-slot">
        {staleSince !== null ? (
          <p className="wall-stale" data-testid="stale-badge">
            Stale since <TimeStamp iso={new Date(staleSince).toISOString()} />,
            retrying
          </p>
        ) : null}
      </div>
    </div>
  );
}
