/** After Apply: what was written, and the audit entries that record it (each links to its jurisdiction). */
import { useQuery } from '@tanstack/react-query';
import { fetchLatestAudit } from '../api/history-queries';
import type { ImportReport } from '../api/write-schemas';
import { useSession } from '../auth/session';
import { AuditTable } from './AuditTable';

export function ImportResult({ report }: { report: ImportReport }) {
  const { user } = useSession();
  const count = report.changed.length;
  const codes = new Set(report.changed.map((c) => c.code));
  // the import's entries are this user's newest jurisdiction entries, one per changed row
  const audit = useQuery({
    queryKey: ['api', 'history', 'import-result', report],
    queryFn: () => fetchLatestAudit({ entity: 'jurisdiction', actor: user?.displayName }, Math.max(count, 1)),
    enabled: count > 0 && user !== null,
    retry: false,
  });
  const entries = (audit.data?.entries ?? []).filter((e) => codes.has(e.entityId));
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h3 id="import-result-title">Import applied</h3>
      <p role="status">
        {count} {count === 1 ? 'change' : 'changes'} written ({[...codes].join(', ') || 'none'}), each recorded in the audit log.
      </p>
      {audit.isLoading ? <p>Loading the audit entries…</p> : null}
      {audit.error ? <p className="save-failure">The audit entries could not be loaded; the changes were written.</p> : null}
      {entries.length > 0 ? (
        <>
          <p>
            Audit entries:{' '}
            {entries.map((e, i) => (
              <span key={e.id}>
                {i > 0 ? ', ' : ''}
                <a href={`?state=${encodeURIComponent(e.entityId)}`}>
                  #{e.id} {e.entityId}
                </a>
              </span>
            ))}
          </p>
          <AuditTable entries={entries} caption="Audit entries written by this import" />
        </>
      ) : null}
    </section>
  );
}
