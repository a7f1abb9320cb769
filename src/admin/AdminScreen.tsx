/**
 * ?view=audit / ?view=import: the screen, or why it is not shown (signed out, or a role
 * that may not use it). "Back to the map" returns to the map view.
 */
import { useSession } from '../auth/session';
import { useUrlState } from '../url/use-url-state';
import { AuditLogView } from './AuditLogView';
import { ImportScreen } from './ImportScreen';
import { mayUseScreen, SCREEN_TITLE, type AdminScreenId } from './may-use';
import './admin.css';
import '../ui/forms.css';

export function AdminScreen({ screen }: { screen: AdminScreenId }) {
  const { user, status } = useSession();
  const { navigate } = useUrlState();
  const allowed = mayUseScreen(user, screen);
  return (
    <div className="admin-view" data-testid={`admin-${screen}`}>
      <div className="admin-head">
        <h2>{SCREEN_TITLE[screen]}</h2>
        <button type="button" onClick={() => navigate({ view: 'map' })}>
          Back to the map
        </button>
      </div>
      {allowed ? (
        screen === 'audit' ? (
          <AuditLogView />
        ) : (
          <ImportScreen />
        )
      ) : (
        <p className="panel-empty" role="status">
          {status === 'loading'
            ? 'Checking who is signed in…'
            : user
              ? `The ${SCREEN_TITLE[screen].toLowerCase()} is not available to the ${user.role} role.`
              : `Sign in to use the ${SCREEN_TITLE[screen].toLowerCase()}.`}
        </p>
      )}
    </div>
  );
}
