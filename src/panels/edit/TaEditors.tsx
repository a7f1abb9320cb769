/** Add a technical-assistance request, and change each one's status (editors of the region, admins). */
import type { TaRequest } from '../../api/schemas';
import { EditToggle } from './EditToggle';
import { TaCreateForm } from './TaCreateForm';
import { TaStatusForm } from './TaStatusForm';
import { useJurisdictionWrite, useTaStatusWrite } from './use-jurisdiction-write';
import { useMayEdit } from './use-may-edit';

export function TaAddEditor({ code, name, regionId }: { code: string; name: string; regionId: number }) {
  const mayEdit = useMayEdit(regionId);
  const save = useJurisdictionWrite('taCreate', code);
  if (!mayEdit) return null;
  return (
    <EditToggle label="Add a request">
      {({ done, cancel }) => <TaCreateForm name={name} save={save} onDone={done} onCancel={cancel} />}
    </EditToggle>
  );
}

/** mounted inside each request's list item */
export function TaStatusEditor({ code, regionId, request }: { code: string; regionId: number; request: TaRequest }) {
  const mayEdit = useMayEdit(regionId);
  const save = useTaStatusWrite(code, request.id);
  // the optimistic placeholder has no id on the server yet
  if (!mayEdit || request.id === 'TA-pending') return null;
  return (
    <EditToggle label={`Change status of “${request.title}”`}>
      {({ done, cancel }) => <TaStatusForm code={code} request={request} save={save} onDone={done} onCancel={cancel} />}
    </EditToggle>
  );
}
