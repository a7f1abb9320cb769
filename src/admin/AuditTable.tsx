/** Audit entries as a table: when, who (role), action, what, field changes. */
import type { AuditEntry } from '../api/write-schemas';
import { actionText, fieldChanges, fieldLabel, formatWhen } from '../data/audit-format';

export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Entity</th>
          <th scope="col">Changes (before → after)</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} id={`audit-${e.id}`}>
            <td>{e.id}</td>
            <td>
              <time dateTime={e.at}>{formatWhen(e.at)}</time>
            </td>
            <td>
              {e.actor} <span className="panel-muted">({e.role})</span>
            </td>
            <td>{actionText(e.action)}</td>
            <td>
              {e.entity} {e.entityId}
            </td>
            <td>
              {fieldChanges(e)
                .map((c) => `${fieldLabel(c.field)}: ${c.before} → ${c.after}`)
                .join('; ') || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
