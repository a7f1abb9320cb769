/** "Notes": shown when there are notes, or when the user may add them. */
import type { JurisdictionDetail } from '../../api/schemas';
import { PanelSection } from '../PanelSection';
import { NotesEditor } from './DetailEditors';
import { useMayEdit } from './use-may-edit';

export function NotesSection({ detail }: { detail: JurisdictionDetail }) {
  const mayEdit = useMayEdit(detail.regionId);
  const hasNotes = detail.notes.trim() !== '';
  if (!hasNotes && !mayEdit) return null;
  return (
    <PanelSection title="Notes">
      {hasNotes ? <p className="panel-notes">{detail.notes}</p> : <p className="panel-empty">No notes yet.</p>}
      <NotesEditor detail={detail} />
    </PanelSection>
  );
}
