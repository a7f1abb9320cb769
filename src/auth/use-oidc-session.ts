import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { setAccessToken } from '../api/writes-token';
import type { AuthConfig } from './auth-config';
import { hasAuthResponse, returnSearchFrom, sessionUserFrom, stripAuthResponse } from './oidc-session';
import type { Session, SessionStatus } from './session-types';

interface OidcState {
  user: User | null;
  status: SessionStatus;
  error: string | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// the app's query at sign-in, also kept here so a failed callback can still put it back
const RETURN_KEY = 'rcm.session.returnSearch';

function takeStoredSearch(): string | null {
  try {
    const stored = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    return returnSearchFrom({ search: stored });
  } catch {
    return null;
  }
}

/** Puts the app's URL back as it was at sign-in, without the authorization response. */
function cleanUpUrl(user: User | null): void {
  const stored = takeStoredSearch();
  const search = returnSearchFrom(user?.state) ?? stored ?? location.search;
  history.replaceState(history.state, '', `${location.pathname}${search}${stripAuthResponse(location.hash)}`);
}

// One start per manager: the authorization code is single-use, and React's StrictMode runs
// an effect twice in development, which would redeem it twice (the second time failing).
const starts = new WeakMap<UserManager, Promise<User | null>>();

function initialUser(manager: UserManager): Promise<User | null> {
  let start = starts.get(manager);
  if (!start) {
    start = completeOrRestore(manager);
    starts.set(manager, start);
  }
  return start;
}

/** Completes a redirect back from the provider, or restores a stored session. */
async function completeOrRestore(manager: UserManager): Promise<User | null> {
  if (hasAuthResponse(location.hash)) {
    try {
      const user = (await manager.signinCallback(location.href)) ?? null;
      cleanUpUrl(user);
      return user;
    } catch (e) {
      // the code is single-use: never leave it in the address bar, whatever went wrong
      cleanUpUrl(null);
      throw e;
    }
  }
  const stored = await manager.getUser();
  return stored && !stored.expired ? stored : null;
}

/** The OIDC session (auth code + PKCE via oidc-client-ts); `manager` is made once per config. */
export function useOidcSession(manager: UserManager, config: AuthConfig): Session {
  const [state, setState] = useState<OidcState>({ user: null, status: 'loading', error: null });

  const apply = useCallback((user: User | null, error: string | null = null) => {
    setAccessToken(user?.access_token ?? null);
    setState({ user, status: error ? 'error' : user ? 'signed-in' : 'signed-out', error });
  }, []);

  useEffect(() => {
    let live = true;
    initialUser(manager).then(
      (user) => live && apply(user),
      (e: unknown) => live && apply(null, `Sign-in did not complete: ${message(e)}`),
    );
    const { events } = manager;
    const loaded = (user: User) => apply(user);
    const unloaded = () => apply(null);
    const expired = () => apply(null, 'Your session has expired. Sign in again.');
    // a failed renew leaves the current token in use until it expires
    const renewFailed = (e: Error) => console.warn(`Silent sign-in renewal failed: ${e.message}`);
    events.addUserLoaded(loaded);
    events.addUserUnloaded(unloaded);
    events.addAccessTokenExpired(expired);
    events.addSilentRenewError(renewFailed);
    return () => {
      live = false;
      events.removeUserLoaded(loaded);
      events.removeUserUnloaded(unloaded);
      events.removeAccessTokenExpired(expired);
      events.removeSilentRenewError(renewFailed);
    };
  }, [manager, apply]);

  const signIn = useCallback(
    async (userId?: string) => {
      setState((s) => ({ ...s, status: 'signing-in', error: null }));
      try {
        try {
          sessionStorage.setItem(RETURN_KEY, location.search);
        } catch {
          // storage blocked: the request's own state still carries it
        }
        await manager.signinRedirect({ state: { search: location.search }, ...(userId ? { login_hint: userId } : {}) });
      } catch (e) {
        apply(null, `The sign-in page could not be opened: ${message(e)}`);
      }
    },
    [manager, apply],
  );

  const signOut = useCallback(async () => {
    const user = await manager.getUser();
    await manager.removeUser();
    apply(null);
    try {
      if (user?.id_token) await manager.signoutRedirect({ id_token_hint: user.id_token });
    } catch {
      // the provider has no end-session endpoint: signed out here is enough
    }
  }, [manager, apply]);

  return useMemo(
    () => ({
      user: state.user ? sessionUserFrom(state.user, config) : null,
      accessToken: state.user?.access_token ?? null,
      mode: 'oidc' as const,
      status: state.status,
      error: state.error,
      signIn,
      signOut,
    }),
    [state, config, signIn, signOut],
  );
}
