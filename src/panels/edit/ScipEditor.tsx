/** The SCIP status section's edit control (only for those who may edit this jurisdiction). */
import { useJurisdictionWithEtag } from '../../api/write-queries';
import { EditToggle } from './EditToggle';
import { ScipEditForm } from './ScipEditForm';
import { useJurisdictionWrite } from './use-jurisdiction-write';
import { useMayEdit } from './use-may-edit';

export function ScipEditor({ code, name, regionId }: { code: string; name: string; regionId: number }) {
  const mayEdit = useMayEdit(regionId);
  const detail = useJurisdictionWithEtag(mayEdit ? code : null);
  const save = useJurisdictionWrite('scip', code);
  if (!mayEdit || !detail.data) return null;
  const current = detail.data.scip;
  return (
    <EditToggle label="Edit SCIP status">
      {({ done, cancel }) => <ScipEditForm code={code} name={name} current={current} save={save} onDone={done} onCancel={cancel} />}
    </EditToggle>
  );
}
