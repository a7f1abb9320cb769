/**
 * One section's load failure: what could not be loaded, the error's own message (which
 * names the endpoint and, for contract breaks, the field) and a Retry that refetches
 * only this section's query, so the rest of the panel keeps working.
 */
import './SectionError.css';

/** What Retry needs of the section's (TanStack) query. */
export interface RetryableQuery {
  refetch: () => Promise<unknown>;
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

export interface SectionErrorProps {
  /** e.g. "Coordinators" → "Coordinators could not be loaded." */
  what: string;
  error: Error;
  /** refetched by Retry; the button is disabled while that fetch is in flight */
  query: RetryableQuery;
}

export function SectionError({ what, error, query }: SectionErrorProps) {
  const retrying = query.fetchStatus === 'fetching';
  const onRetry = () => void query.refetch();
  return (
    <div className="section-error" role="alert">
      <p className="section-error-title">{what} could not be loaded.</p>
      <p className="section-error-message">{error.message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}{' '}
        <span className="visually-hidden">loading {what.toLowerCase()}</span>
      </button>
    </div>
  );
}
