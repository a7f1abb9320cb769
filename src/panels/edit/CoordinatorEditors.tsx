/** Admins: a coordinator's contact details and the jurisdictions they cover (region panel). */
import type { Coordinator } from '../../api/schemas';
import { useCoordinatorWithEtag } from '../../api/write-queries';
import { ContactEditForm } from './ContactEditForm';
import { CoverageEditForm } from './CoverageEditForm';
import { EditToggle } from './EditToggle';
import { useCoordinatorWrite } from './use-jurisdiction-write';
import { useIsAdmin } from './use-may-edit';

interface OpenProps {
  coordinator: Coordinator;
  done: () => void;
  cancel: () => void;
}

function OpenContactForm({ coordinator, done, cancel }: OpenProps) {
  const save = useCoordinatorWrite('coordinator', coordinator.id);
  return (
    <ContactEditForm
      label={`Edit the contact details of ${coordinator.name}`}
      subject={`contact details of ${coordinator.name}`}
      current={coordinator}
      save={save}
      onDone={done}
      onCancel={cancel}
    />
  );
}

function OpenCoverageForm({ coordinator, options, done, cancel }: OpenProps & { options: readonly string[] }) {
  const save = useCoordinatorWrite('coverage', coordinator.id);
  return (
    <CoverageEditForm
      coordinatorName={coordinator.name}
      options={options}
      current={coordinator.jurisdictions}
      save={save}
      onDone={done}
      onCancel={cancel}
    />
  );
}

export function CoordinatorEditors({ coordinator, regionJurisdictions }: { coordinator: Coordinator; regionJurisdictions: readonly string[] }) {
  const admin = useIsAdmin();
  // the coordinator's own read carries the ETag its writes need
  useCoordinatorWithEtag(admin ? coordinator.id : null);
  if (!admin) return null;
  return (
    <div className="coordinator-editors">
      <EditToggle label={`Edit contact of ${coordinator.name}`}>{(c) => <OpenContactForm coordinator={coordinator} {...c} />}</EditToggle>
      <EditToggle label={`Edit coverage of ${coordinator.name}`}>
        {(c) => <OpenCoverageForm coordinator={coordinator} options={regionJurisdictions} {...c} />}
      </EditToggle>
    </div>
  );
}
