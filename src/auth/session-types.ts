/** The session as the app sees it, whichever way the user signed in. */
import type { UserRole } from './sample-users';

export interface SessionUser {
  /** OIDC `sub` or the sample user's id */
  id: string;
  displayName: string;
  email: string | null;
  role: UserRole;
  /** an editor's region; null for viewers and admins */
  regionId: number | null;
}

/** 'oidc': an OpenID Connect provider (auth code + PKCE); 'sample': the four fictional sample users */
export type SessionMode = 'oidc' | 'sample';
export type SessionStatus = 'loading' | 'signed-out' | 'signing-in' | 'signed-in' | 'error';

export interface Session {
  user: SessionUser | null;
  accessToken: string | null;
  mode: SessionMode;
  status: SessionStatus;
  /** why the last sign-in failed, in words for people */
  error: string | null;
  /** sample mode: signs in as that sample user (required); oidc mode: redirects to the provider (the id is a login hint) */
  signIn(userId?: string): Promise<void>;
  signOut(): Promise<void>;
}
