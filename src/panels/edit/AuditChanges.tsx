/** One audit entry's field changes as "Field: before → after" (text only, never HTML). */
import type { AuditEntry } from '../../api/write-schemas';
import { fieldChanges, fieldLabel } from '../../data/audit-format';

export function AuditChanges({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const changes = fieldChanges(entry);
  if (changes.length === 0) return <span className="panel-muted">no field changed</span>;
  return (
    <ul className="audit-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="audit-field">{fieldLabel(c.field)}</span>: {c.before} <span aria-label="changed to">→</span> {c.after}
        </li>
      ))}
    </ul>
  );
}
