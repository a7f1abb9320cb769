/** A short list of jurisdictions, each selectable, with its status chip and one line of why it is listed. */
import type { JurisdictionSummary } from '../api/schemas';
import { StatusChip } from '../ui/StatusChip';
import { JurisdictionButton } from './JurisdictionButton';

export interface JurisdictionListProps {
  items: readonly JurisdictionSummary[];
  /** the reason line for an item, e.g. "Plan expired Sep 24, 2026" */
  note: (s: JurisdictionSummary) => string;
  empty: string;
  label: string;
}

export function JurisdictionList({ items, note, empty, label }: JurisdictionListProps) {
  if (items.length === 0) return <p className="panel-empty">{empty}</p>;
  return (
    <ul className="jurisdiction-list" aria-label={label}>
      {items.map((s) => (
        <li key={s.code} className="jurisdiction-item">
          <span className="jurisdiction-name">
            <JurisdictionButton code={s.code} name={s.name} />
          </span>
          <StatusChip status={s.scip.status} prefix="SCIP status" />
          <span className="jurisdiction-note">{note(s)}</span>
        </li>
      ))}
    </ul>
  );
}
