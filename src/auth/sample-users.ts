/**
 * The four FICTIONAL sample users of the local demo. One list for the mock API's
 * "Sign in as a sample user", the server's static sample tokens and the local OIDC
 * provider's accounts, so a name or a region is never spelled twice. Never valid in
 * production (the server refuses the sample tokens under NODE_ENV=production).
 */
export const USER_ROLES = ['viewer', 'editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface SampleUser {
  /** OIDC `sub` and the token store's name */
  id: string;
  /** shown in the top bar and recorded in the audit log */
  displayName: string;
  email: string;
  role: UserRole;
  /** an editor's region; null for the other roles */
  regionId: number | null;
  /** the static bearer token (README) that stands for this user */
  token: string;
}

export const SAMPLE_USERS: readonly SampleUser[] = [
  { id: 'sample-viewer', displayName: 'Vera Lindqvist', email: 'vera.lindqvist@example.org', role: 'viewer', regionId: null, token: 'dev-viewer-7f3c1a9e2b4d' },
  { id: 'sample-editor-region-4', displayName: 'Marcus Okafor', email: 'marcus.okafor@example.org', role: 'editor', regionId: 4, token: 'dev-editor-r4-5d82c0f1a6' },
  { id: 'sample-editor-region-6', displayName: 'Rosa Delgado', email: 'rosa.delgado@example.org', role: 'editor', regionId: 6, token: 'dev-editor-r6-9b1e47c3d2' },
  { id: 'sample-admin', displayName: 'Avery Chen', email: 'avery.chen@example.org', role: 'admin', regionId: null, token: 'dev-admin-3a6f0e8b51c7d9' },
];

/** May this user write a jurisdiction of `regionId`? (the server and the mock decide the same way) */
export function mayEdit(user: Pick<SampleUser, 'role' | 'regionId'> | null, regionId: number): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'editor' && user.regionId === regionId);
}
