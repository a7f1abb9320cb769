/** Admins: the whole audit log, filtered, newest first, paged; the filtered rows as CSV. */
import { useState } from 'react';
import { describeApiFailure } from '../api/errors';
import { fetchAuditCsv, useAuditLog, type AuditFilters as Filters } from '../api/history-queries';
import { useSession } from '../auth/session';
import { downloadBlob } from '../data/download';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

export function AuditLogView() {
  const { accessToken } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const [exportNote, setExportNote] = useState('');
  const log = useAuditLog(filters, accessToken);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  const exportCsv = async () => {
    setExportNote('Preparing the CSV…');
    try {
      downloadBlob(await fetchAuditCsv(filters, accessToken), 'audit-log.csv');
      setExportNote('CSV downloaded.');
    } catch (e) {
      setExportNote(`Export failed: ${describeApiFailure(e)}`);
    }
  };

  return (
    <>
      <AuditFilters initial={filters} onApply={setFilters} />
      <div className="admin-actions">
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <span role="status">{exportNote}</span>
      </div>
      {log.error ? (
        <p role="alert" className="save-failure">
          The audit log could not be loaded: {describeApiFailure(log.error)}
        </p>
      ) : log.isLoading ? (
        <p role="status">Loading the audit log…</p>
      ) : entries.length === 0 ? (
        <p className="panel-empty">No audit entries match these filters.</p>
      ) : (
        <>
          <p className="panel-muted">{entries.length} entries shown, newest first.</p>
          <AuditTable entries={entries} caption="Audit log entries, newest first" />
          {log.hasNextPage ? (
            <button type="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {log.isFetchingNextPage ? 'Loading older entries…' : 'Show older entries'}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
