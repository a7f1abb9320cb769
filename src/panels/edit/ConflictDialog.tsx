/**
 * 412 Precondition Failed: someone saved first. Their values beside yours, who changed
 * them and when (from the history), and the two ways on: keep theirs (drop my input) or
 * apply mine on top of theirs (send mine again against their version).
 */
import { useId, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import './edit.css';

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

export interface ConflictDialogProps {
  /** what was being edited, e.g. "SCIP status of Texas" */
  subject: string;
  rows: readonly ConflictRow[];
  /** "Rosa Delgado, 1 Dec 2026 21:50" or a loading/unknown note */
  changedBy: ReactNode;
  applying: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

export function ConflictDialog({ subject, rows, changedBy, applying, onKeepTheirs, onApplyMine }: ConflictDialogProps) {
  const introId = useId();
  return (
    <Dialog title={`Someone else changed the ${subject}`} onClose={onKeepTheirs} describedBy={introId}>
      <p id={introId}>
        Your change was not saved, because the record changed after you opened it. Compare the values and choose.
      </p>
      <p className="conflict-who">{changedBy}</p>
      <table className="conflict-table">
        <caption className="visually-hidden">Their values and yours</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Theirs (saved)</th>
            <th scope="col">Yours (not saved)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-differs={r.theirs !== r.mine ? 'true' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{r.theirs}</td>
              <td>{r.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepTheirs} disabled={applying}>
          Keep theirs
        </button>
        <button type="button" className="button-primary" onClick={onApplyMine} disabled={applying} aria-busy={applying || undefined}>
          {applying ? 'Saving…' : 'Apply mine on top of theirs'}
        </button>
      </div>
    </Dialog>
  );
}
