import { describeApiFailure } from '../api/errors';
import type { FeedFailure, FeedName } from './use-wall-data';

const FEED_LABEL: Record<FeedName, string> = {
  meta: 'Dataset information',
  regions: 'Regions and coordinators',
  jurisdictions: 'Jurisdiction statuses',
};

/**
 * One line per failing feed, each with its own Retry: a broken feed is named and
 * retried on its own while everything the other feeds brought stays on screen.
 */
export function FeedErrors({ failures }: { failures: readonly FeedFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <ul className="wall-feed-errors" aria-label="Data feeds with problems">
      {failures.map((f) => (
        <li key={f.feed} data-feed={f.feed}>
          <span>
            <strong>{FEED_LABEL[f.feed]}:</strong> {describeApiFailure(f.error)}
            {f.hasData ? ' The last good copy is shown.' : ''}
          </span>
          <button type="button" onClick={f.retry}>
            Retry {FEED_LABEL[f.feed].toLowerCase()}
          </button>
        </li>
      ))}
    </ul>
  );
}
