/**
 * The OIDC helpers that need no oidc-client-ts code (it loads only when the API turns OIDC on,
 * see ./oidc-manager.ts): the app URL, the authorization response in the fragment, claims.
 *
 * The provider answers in the URL fragment (response_mode=fragment): the app's own query
 * already uses `state` (?state=TX), and a fragment never reaches a server log. The app's
 * URL at sign-in travels in the request's state and is put back after the callback.
 */
import type { User } from 'oidc-client-ts';
import { USER_ROLES, type UserRole } from './sample-users';
import type { AuthConfig } from './auth-config';
import type { SessionUser } from './session-types';

/** the app's address without query or fragment: redirect, silent-renew and post-logout target */
export function appUrl(loc: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${loc.origin}${loc.pathname}`;
}

/** Does this URL carry an authorization response (code or error, with state) in its fragment? */
export function hasAuthResponse(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** the fragment without the authorization response's parameters */
export function stripAuthResponse(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri']) params.delete(name);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

const ROLE_RANK: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

/** the strongest role the claim's value(s) map to; none known → viewer */
export function claimRole(value: unknown, roleMap: Record<string, UserRole> | undefined): UserRole {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const map: Record<string, UserRole> = roleMap ?? Object.fromEntries(USER_ROLES.map((r) => [r, r]));
  let best: UserRole = 'viewer';
  for (const v of values) {
    const role = Object.hasOwn(map, v) ? map[v] : undefined;
    if (role && ROLE_RANK[role] > ROLE_RANK[best]) best = role;
  }
  return best;
}

function claimRegion(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/** the session user an OIDC user stands for (claims from the ID token; the provider names them in auth-config) */
export function sessionUserFrom(user: User, config: Pick<AuthConfig, 'roleClaim' | 'regionClaim' | 'nameClaim' | 'roleMap'>): SessionUser {
  const claims = user.profile as Record<string, unknown>;
  const role = claimRole(claims[config.roleClaim ?? 'role'], config.roleMap);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    id: user.profile.sub,
    displayName: str(claims[config.nameClaim ?? 'name']) ?? str(claims.preferred_username) ?? str(claims.email) ?? user.profile.sub,
    email: str(claims.email),
    role,
    regionId: role === 'editor' ? claimRegion(claims[config.regionClaim ?? 'region']) : null,
  };
}

/** the app URL saved at sign-in (only a same-app query, so a crafted state cannot send the user elsewhere) */
export function returnSearchFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const search = (state as { search?: unknown }).search;
  return typeof search === 'string' && (search === '' || search.startsWith('?')) && search.length < 2000 ? search : null;
}

export function isSilentRenewFrame(): boolean {
  return typeof window !== 'undefined' && window.parent !== window && hasAuthResponse(window.location.hash);
}
