import { createContext, useContext } from 'react';
import type { Session } from './session-types';

const outsideProvider: Session = {
  user: null,
  accessToken: null,
  mode: 'sample',
  status: 'signed-out',
  error: null,
  signIn: () => Promise.reject(new Error('useSession: there is no <SessionProvider> above this component')),
  signOut: () => Promise.resolve(),
};

export const SessionContext = createContext<Session>(outsideProvider);

/** The current session (signed out outside a SessionProvider). */
export function useSession(): Session {
  return useContext(SessionContext);
}
