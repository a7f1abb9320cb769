/**
 * One section's load failure: what could not be loaded, the error's own message (which
 * names the endpoint and, for contract breaks, the field) and a Retry that refetches
 * only this section's query, so the rest of the panel keeps working.
 */
import './SectionError.css';

export interface SectionErrorProps {
  /** e.g. "Coordinators" → "Coordinators could not be loaded." */
  what: string;
  error: Error;
  onRetry: () => void;
  /** true while the retry is in flight */
  retrying?: boolean;
}

export function SectionError({ what, error, onRetry, retrying = false }: SectionErrorProps) {
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
