/** Top-bar links to the audit log and the CSV import, for the roles that may use them. */
import { useSession } from '../auth/session';
import { useUrlState } from '../url/use-url-state';
import { mayUseScreen, SCREEN_TITLE, type AdminScreenId } from './may-use';

const SCREENS: readonly AdminScreenId[] = ['audit', 'import'];

export function AdminLinks() {
  const { user } = useSession();
  const { url, navigate } = useUrlState();
  const screens = SCREENS.filter((s) => mayUseScreen(user, s));
  if (screens.length === 0) return null;
  return (
    <nav className="admin-links" aria-label="Data administration">
      {screens.map((s) => (
        <button key={s} type="button" aria-current={url.view === s ? 'page' : undefined} onClick={() => navigate({ view: s, state: null, region: null })}>
          {SCREEN_TITLE[s]}
        </button>
      ))}
    </nav>
  );
}
