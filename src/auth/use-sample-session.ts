import { useCallback, useMemo, useState } from 'react';
import { setAccessToken } from '../api/writes-token';
import { findSampleUser, rememberSampleUser, restoreSampleUser, toSessionUser } from './sample-session';
import type { SampleUser } from './sample-users';
import type { Session } from './session-types';

/** The sample-user session: pick one of the four fictional users, whose static token is the bearer. */
export function useSampleSession(): Session {
  const [user, setUser] = useState<SampleUser | null>(() => {
    const restored = restoreSampleUser();
    setAccessToken(restored?.token ?? null);
    return restored;
  });

  const signIn = useCallback(async (userId?: string) => {
    const chosen = findSampleUser(userId);
    if (!chosen) throw new Error(userId ? `There is no sample user "${userId}".` : 'Choose a sample user to sign in as.');
    rememberSampleUser(chosen);
    // before the state update, so a write started right after sign-in carries the token
    setAccessToken(chosen.token);
    setUser(chosen);
  }, []);

  const signOut = useCallback(async () => {
    rememberSampleUser(null);
    setAccessToken(null);
    setUser(null);
  }, []);

  return useMemo(
    () => ({
      user: user ? toSessionUser(user) : null,
      accessToken: user?.token ?? null,
      mode: 'sample' as const,
      status: user ? ('signed-in' as const) : ('signed-out' as const),
      error: null,
      signIn,
      signOut,
    }),
    [user, signIn, signOut],
  );
}
