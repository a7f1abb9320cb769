/**
 * The top bar's account control: "Sign in" (with the four fictional sample users in mock
 * mode, the identity provider's page otherwise); signed in, the name, role and region and
 * "Sign out"; in mock mode also "Reset sample data". A disclosure, not an ARIA menu: Tab
 * moves through it, Escape closes it and gives focus back to its button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiKeys } from '../api/queries';
import { clearEtags } from '../api/etags';
import { SAMPLE_USERS } from '../auth/sample-users';
import { useSession, type SessionUser } from '../auth/session';
import './account-menu.css';

const ROLE_NAMES = { viewer: 'Viewer (read only)', editor: 'Editor', admin: 'Administrator' } as const;

export function regionLabel(user: Pick<SessionUser, 'role' | 'regionId'>): string {
  if (user.role === 'admin') return 'All regions';
  if (user.role === 'editor') return user.regionId === null ? 'No region assigned' : `Region ${user.regionId}`;
  return 'None (read only)';
}

function SampleChooser({ onChoose }: { onChoose: (id: string) => void }) {
  return (
    <>
      <h2>Sign in as a sample user</h2>
      <p>Fictional people for the sample data; each may do what their role allows.</p>
      <ul>
        {SAMPLE_USERS.map((u) => (
          <li key={u.id}>
            <button type="button" onClick={() => onChoose(u.id)}>
              {u.displayName} — {ROLE_NAMES[u.role]}
              {u.role === 'editor' ? `, Region ${u.regionId}` : ''}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function AccountMenu() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { user, mode, status } = session;

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || !toggle.current?.parentElement?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const closeAndFocus = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      closeAndFocus();
    }
  };
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setNotice(done);
      closeAndFocus();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };
  const resetSampleData = () =>
    run(async () => {
      const mockApi = window.__mockApi;
      if (!mockApi) throw new Error('The sample data can only be reset with the built-in mock API.');
      await mockApi.reset();
      clearEtags();
      await queryClient.invalidateQueries({ queryKey: apiKeys.all });
    }, 'Sample data reset.');

  const signedIn = status === 'signed-in' && user !== null;
  const label = signedIn ? `${user.displayName} (${ROLE_NAMES[user.role]})` : status === 'loading' ? 'Sign in…' : 'Sign in';
  // OIDC needs no chooser: the provider's page is where a user is picked
  const direct = !signedIn && mode === 'oidc';

  return (
    // Escape anywhere in the menu closes it and returns focus to its button; the controls inside are native
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="account" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="account-toggle"
        aria-expanded={direct ? undefined : open}
        aria-controls={direct ? undefined : panelId}
        disabled={status === 'loading' || status === 'signing-in'}
        onClick={() => (direct ? void run(() => session.signIn(), '') : setOpen((o) => !o))}
      >
        {label}
      </button>
      {open && !direct ? (
        <div className="account-panel" id={panelId} role="group" aria-label={signedIn ? 'Account' : 'Sign in'}>
          {signedIn ? (
            <>
              <h2>Signed in</h2>
              <dl>
                <dt>Name</dt>
                <dd>{user.displayName}</dd>
                <dt>Role</dt>
                <dd>{ROLE_NAMES[user.role]}</dd>
                <dt>Region</dt>
                <dd>{regionLabel(user)}</dd>
              </dl>
              <div className="account-actions">
                {mode === 'sample' && window.__mockApi ? (
                  <button type="button" onClick={() => void resetSampleData()}>
                    Reset sample data
                  </button>
                ) : null}
                <button type="button" onClick={() => void run(() => session.signOut(), 'Signed out.')}>
                  Sign out
                </button>
              </div>
            </>
          ) : (
            <SampleChooser onChoose={(id) => void run(() => session.signIn(id), 'Signed in.')} />
          )}
        </div>
      ) : null}
      {session.error ? <p className="account-error" role="alert">{session.error}</p> : null}
      <span className="visually-hidden" aria-live="polite">
        {notice}
      </span>
    </div>
  );
}
