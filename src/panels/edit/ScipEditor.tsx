/** The SCIP status section's edit control (only for those who may edit this jurisdiction). */
import type { ScipSummary } from '../../api/schemas';
import { useJurisdictionWithEtag } from '../../api/write-queries';
import { EditToggle } from './EditToggle';
import { ScipEditForm } from './ScipEditForm';
import { useJurisdictionWrite } from './use-jurisdiction-write';
import { useMayEdit } from './use-may-edit';

interface OpenProps {
  code: string;
  name: string;
  current: ScipSummary;
  done: () => void;
  cancel: () => void;
}

/** mounted when the form opens, so the save is based on the version read by then */
function OpenScipForm({ code, name, current, done, cancel }: OpenProps) {
  const save = useJurisdictionWrite('scip', code);
  return <ScipEditForm code={code} name={name} current={current} save={save} onDone={done} onCancel={cancel} />;
}

export function ScipEditor({ code, name, regionId }: { code: string; name: string; regionId: number }) {
  const mayEdit = useMayEdit(regionId);
  const detail = useJurisdictionWithEtag(mayEdit ? code : null);
  if (!mayEdit || !detail.data) return null;
  const current = detail.data.scip;
  return (
    <EditToggle label="Edit SCIP status">
      {({ done, cancel }) => <OpenScipForm code={code} name={name} current={current} done={done} cancel={cancel} />}
    </EditToggle>
  );
}
