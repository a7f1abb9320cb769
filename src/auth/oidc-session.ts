/**
 * OpenID Connect in the browser with oidc-client-ts: authorization code + PKCE, public
 * client, tokens in sessionStorage (never localStorage, a URL or a log), silent renew.
 *
 * The provider answers in the URL fragment (response_mode=fragment): the app's own query
 * already uses `state` (?state=TX), and a fragment never reaches a server log. The app's
 * URL at sign-in travels in the request's state and is put back after the callback.
 */
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { USER_ROLES, type UserRole } from './sample-users';
import type { AuthConfig } from './auth-config';
import type { SessionUser } from './session-types';

/** the app's address without query or fragment: redirect, silent-renew and post-logout target */
export function appUrl(loc: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${loc.origin}${loc.pathname}`;
}

export function createUserManager(config: AuthConfig & { issuer: string; clientId: string }, store: Storage = sessionStorage): UserManager {
  const resource = config.audience ? { resource: config.audience } : undefined;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: appUrl(),
    silent_redirect_uri: appUrl(),
    post_logout_redirect_uri: appUrl(),
    response_type: 'code',
    response_mode: 'fragment',
    scope: config.scopes,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store }),
    stateStore: new WebStorageStateStore({ store }),
    ...(resource ? { extraQueryParams: resource, extraTokenParams: resource } : {}),
  });
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

function claimRole(value: unknown): UserRole | null {
  const values = Array.isArray(value) ? value : [value];
  // the strongest role wins when a provider sends several
  for (const role of [...USER_ROLES].reverse()) if (values.includes(role)) return role;
  return null;
}

function claimRegion(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/** the session user an OIDC user stands for; a token without a known role is a viewer */
export function sessionUserFrom(user: User, config: Pick<AuthConfig, 'roleClaim' | 'regionClaim'>): SessionUser {
  const claims = user.profile as Record<string, unknown>;
  const role = claimRole(claims[config.roleClaim ?? 'role']) ?? 'viewer';
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    id: user.profile.sub,
    displayName: str(claims.name) ?? str(claims.preferred_username) ?? str(claims.email) ?? user.profile.sub,
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
