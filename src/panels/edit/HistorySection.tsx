/**
 * "History": the jurisdiction's audited changes, newest first (who, when, what, field
 * before → after), ten at a time with "Show older changes". Reading it needs a signed-in user.
 */
import { describeApiFailure } from '../../api/errors';
import { useJurisdictionHistory } from '../../api/history-queries';
import { useSession } from '../../auth/session';
import { actionText, formatWhen } from '../../data/audit-format';
import { PanelSection } from '../PanelSection';
import { AuditChanges } from './AuditChanges';
import './edit.css';

export function HistorySection({ code, name }: { code: string; name: string }) {
  const { accessToken } = useSession();
  const history = useJurisdictionHistory(code, accessToken);
  const entries = history.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <PanelSection title="History" busy={history.isLoading}>
      {accessToken === null ? (
        <p className="panel-empty">Sign in to see who changed {name}’s record, and when.</p>
      ) : history.error ? (
        <p role="alert" className="save-failure">
          The history could not be loaded: {describeApiFailure(history.error)}{' '}
          <button type="button" onClick={() => void history.refetch()}>
            Retry
          </button>
        </p>
      ) : history.isLoading ? (
        <p className="panel-muted" role="status">
          Loading the history…
        </p>
      ) : entries.length === 0 ? (
        <p className="panel-empty">No changes to {name} are on record.</p>
      ) : (
        <>
          <ol className="history-list" aria-label={`Changes to ${name}, newest first`}>
            {entries.map((e) => (
              <li key={e.id} className="history-item">
                <p className="history-head">
                  <strong>{e.actor}</strong> <span className="panel-muted">({e.role})</span> · <time dateTime={e.at}>{formatWhen(e.at)}</time> ·{' '}
                  {actionText(e.action)} {e.entity !== 'jurisdiction' ? e.entityId : ''}
                </p>
                <AuditChanges entry={e} />
              </li>
            ))}
          </ol>
          {history.hasNextPage ? (
            <button type="button" className="edit-toggle" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
              {history.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
            </button>
          ) : null}
        </>
      )}
    </PanelSection>
  );
}
