/** Admins: a coordinator's contact details and the jurisdictions they cover (region panel). */
import type { Coordinator } from '../../api/schemas';
import { ContactEditForm } from './ContactEditForm';
import { CoverageEditForm } from './CoverageEditForm';
import { EditToggle } from './EditToggle';
import { useCoordinatorWrite } from './use-jurisdiction-write';
import { useIsAdmin } from './use-may-edit';
import { useCoordinatorWithEtag } from '../../api/write-queries';

export function CoordinatorEditors({ coordinator, regionJurisdictions }: { coordinator: Coordinator; regionJurisdictions: readonly string[] }) {
  const admin = useIsAdmin();
  // the coordinator's own read carries the ETag its writes need
  useCoordinatorWithEtag(admin ? coordinator.id : null);
  const saveContact = useCoordinatorWrite('coordinator', coordinator.id);
  const saveCoverage = useCoordinatorWrite('coverage', coordinator.id);
  if (!admin) return null;
  return (
    <div className="coordinator-editors">
      <EditToggle label={`Edit contact of ${coordinator.name}`}>
        {({ done, cancel }) => (
          <ContactEditForm
            label={`Edit the contact details of ${coordinator.name}`}
            subject={`contact details of ${coordinator.name}`}
            current={coordinator}
            save={saveContact}
            onDone={done}
            onCancel={cancel}
          />
        )}
      </EditToggle>
      <EditToggle label={`Edit coverage of ${coordinator.name}`}>
        {({ done, cancel }) => (
          <CoverageEditForm
            coordinatorName={coordinator.name}
            options={regionJurisdictions}
            current={coordinator.jurisdictions}
            save={saveCoverage}
            onDone={done}
            onCancel={cancel}
          />
        )}
      </EditToggle>
    </div>
  );
}
