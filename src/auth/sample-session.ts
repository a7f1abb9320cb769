/**
 * Sample-user sign-in (mock mode and any API without OIDC): the chosen user's static token
 * is the bearer. Only the user's id is kept, in sessionStorage, so a reload stays signed in
 * and closing the tab signs out.
 */
import { SAMPLE_USERS, type SampleUser } from './sample-users';
import type { SessionUser } from './session-types';

export const SAMPLE_SESSION_KEY = 'rcm.session.sampleUser';

export function toSessionUser(u: SampleUser): SessionUser {
  return { id: u.id, displayName: u.displayName, email: u.email, role: u.role, regionId: u.regionId };
}

export function findSampleUser(id: string | null | undefined): SampleUser | null {
  return SAMPLE_USERS.find((u) => u.id === id) ?? null;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (privacy settings): the session lasts as long as the page
  }
}

export function restoreSampleUser(): SampleUser | null {
  return findSampleUser(storage()?.getItem(SAMPLE_SESSION_KEY));
}

export function rememberSampleUser(user: SampleUser | null): void {
  const store = storage();
  if (!store) return;
  if (user) store.setItem(SAMPLE_SESSION_KEY, user.id);
  else store.removeItem(SAMPLE_SESSION_KEY);
}
