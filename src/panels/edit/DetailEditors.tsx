/**
 * The edit controls of the detail sections (SWIC, governance, markers, TA requests, notes),
 * each mounted by its section with the detail it already has. Null for anyone who may not edit.
 */
import type { JurisdictionDetail } from '../../api/schemas';
import { ContactEditForm } from './ContactEditForm';
import { EditToggle } from './EditToggle';
import { GovernanceEditForm } from './GovernanceEditForm';
import { LastChange } from './LastChange';
import { MarkerEditForm } from './MarkerEditForm';
import { NotesEditForm } from './NotesEditForm';
import { useJurisdictionWrite, useMarkersWrite } from './use-jurisdiction-write';
import { useMayEdit } from './use-may-edit';

export function SwicEditors({ detail }: { detail: JurisdictionDetail }) {
  const mayEdit = useMayEdit(detail.regionId);
  const saveSwic = useJurisdictionWrite('swic', detail.code);
  const saveGovernance = useJurisdictionWrite('governance', detail.code);
  if (!mayEdit) return null;
  return (
    <>
      <EditToggle label="Edit SWIC contact">
        {({ done, cancel }) => (
          <ContactEditForm
            label={`Edit the SWIC contact of ${detail.name}`}
            subject={`SWIC contact of ${detail.name}`}
            current={detail.swic}
            save={saveSwic}
            onDone={done}
            onCancel={cancel}
            changedBy={<LastChange code={detail.code} />}
          />
        )}
      </EditToggle>
      <EditToggle label="Edit governance body">
        {({ done, cancel }) => (
          <GovernanceEditForm code={detail.code} name={detail.name} current={detail.governanceBody} save={saveGovernance} onDone={done} onCancel={cancel} />
        )}
      </EditToggle>
    </>
  );
}

export function MarkerEditor({ detail }: { detail: JurisdictionDetail }) {
  const mayEdit = useMayEdit(detail.regionId);
  const save = useMarkersWrite(detail.code);
  if (!mayEdit) return null;
  return (
    <EditToggle label="Edit markers">
      {({ done, cancel }) => (
        <MarkerEditForm code={detail.code} name={detail.name} current={detail.markerDetails} save={save} onDone={done} onCancel={cancel} />
      )}
    </EditToggle>
  );
}

export function NotesEditor({ detail }: { detail: JurisdictionDetail }) {
  const mayEdit = useMayEdit(detail.regionId);
  const save = useJurisdictionWrite('notes', detail.code);
  if (!mayEdit) return null;
  return (
    <EditToggle label={detail.notes.trim() ? 'Edit notes' : 'Add notes'}>
      {({ done, cancel }) => <NotesEditForm code={detail.code} name={detail.name} current={detail.notes} save={save} onDone={done} onCancel={cancel} />}
    </EditToggle>
  );
}
