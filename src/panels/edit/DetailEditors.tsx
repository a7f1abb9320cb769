/**
 * The edit controls of the detail sections (SWIC, governance, markers, notes), each mounted
 * by its section with the detail it already has. Null for anyone who may not edit. Each
 * form's save hook lives in the component mounted when the form opens (its base version).
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

interface OpenProps {
  detail: JurisdictionDetail;
  done: () => void;
  cancel: () => void;
}

function OpenSwicForm({ detail, done, cancel }: OpenProps) {
  const save = useJurisdictionWrite('swic', detail.code);
  return (
    <ContactEditForm
      label={`Edit the SWIC contact of ${detail.name}`}
      subject={`SWIC contact of ${detail.name}`}
      current={detail.swic}
      save={save}
      onDone={done}
      onCancel={cancel}
      changedBy={<LastChange code={detail.code} />}
    />
  );
}

function OpenGovernanceForm({ detail, done, cancel }: OpenProps) {
  const save = useJurisdictionWrite('governance', detail.code);
  return <GovernanceEditForm code={detail.code} name={detail.name} current={detail.governanceBody} save={save} onDone={done} onCancel={cancel} />;
}

function OpenMarkerForm({ detail, done, cancel }: OpenProps) {
  const save = useMarkersWrite(detail.code);
  return <MarkerEditForm code={detail.code} name={detail.name} current={detail.markerDetails} save={save} onDone={done} onCancel={cancel} />;
}

function OpenNotesForm({ detail, done, cancel }: OpenProps) {
  const save = useJurisdictionWrite('notes', detail.code);
  return <NotesEditForm code={detail.code} name={detail.name} current={detail.notes} save={save} onDone={done} onCancel={cancel} />;
}

export function SwicEditors({ detail }: { detail: JurisdictionDetail }) {
  if (!useMayEdit(detail.regionId)) return null;
  return (
    <>
      <EditToggle label="Edit SWIC contact">{(c) => <OpenSwicForm detail={detail} {...c} />}</EditToggle>
      <EditToggle label="Edit governance body">{(c) => <OpenGovernanceForm detail={detail} {...c} />}</EditToggle>
    </>
  );
}

export function MarkerEditor({ detail }: { detail: JurisdictionDetail }) {
  if (!useMayEdit(detail.regionId)) return null;
  return <EditToggle label="Edit markers">{(c) => <OpenMarkerForm detail={detail} {...c} />}</EditToggle>;
}

export function NotesEditor({ detail }: { detail: JurisdictionDetail }) {
  if (!useMayEdit(detail.regionId)) return null;
  return <EditToggle label={detail.notes.trim() ? 'Edit notes' : 'Add notes'}>{(c) => <OpenNotesForm detail={detail} {...c} />}</EditToggle>;
}
