/** Add a technical-assistance request, and change each one's status (editors of the region, admins). */
import type { TaRequest } from '../../api/schemas';
import { EditToggle } from './EditToggle';
import { TaCreateForm } from './TaCreateForm';
import { TaStatusForm } from './TaStatusForm';
import { useJurisdictionWrite, useTaStatusWrite } from './use-jurisdiction-write';
import { useMayEdit } from './use-may-edit';

interface Close {
  done: () => void;
  cancel: () => void;
}

function OpenTaCreate({ code, name, done, cancel }: { code: string; name: string } & Close) {
  const save = useJurisdictionWrite('taCreate', code);
  return <TaCreateForm name={name} save={save} onDone={done} onCancel={cancel} />;
}

function OpenTaStatus({ code, request, done, cancel }: { code: string; request: TaRequest } & Close) {
  const save = useTaStatusWrite(code, request.id);
  return <TaStatusForm code={code} request={request} save={save} onDone={done} onCancel={cancel} />;
}

export function TaAddEditor({ code, name, regionId }: { code: string; name: string; regionId: number }) {
  if (!useMayEdit(regionId)) return null;
  return <EditToggle label="Add a request">{(c) => <OpenTaCreate code={code} name={name} {...c} />}</EditToggle>;
}

/** mounted inside each request's list item */
export function TaStatusEditor({ code, regionId, request }: { code: string; regionId: number; request: TaRequest }) {
  const mayEdit = useMayEdit(regionId);
  // the optimistic placeholder has no id on the server yet
  if (!mayEdit || request.id === 'TA-pending') return null;
  return <EditToggle label={`Change status of “${request.title}”`}>{(c) => <OpenTaStatus code={code} request={request} {...c} />}</EditToggle>;
}
