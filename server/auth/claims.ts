/**
 * Verified JWT claims → the API's Principal. Claim names are configurable because every
 * IdP spells them differently (Entra `roles`, Okta `groups`, Keycloak `realm_access.roles`).
 * A token whose role claim says nothing known is a viewer: signed in, read-only.
 */
import type { JWTPayload } from 'jose';
import type { Principal, Role } from '../http/auth';
import type { OidcConfig } from './oidc-config';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** a claim by dotted path (`realm_access.roles`), or a top-level claim whose name has dots */
export function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const asStrings = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** the highest role any claim value maps to; viewer when none does */
export function roleFrom(value: unknown, roleMap: Readonly<Record<string, Role>>): Role {
  let best: Role = 'viewer';
  for (const v of asStrings(value)) {
    const role = Object.hasOwn(roleMap, v) ? roleMap[v] : undefined;
    if (role && RANK[role] > RANK[best]) best = role;
  }
  return best;
}

/** a region 1-10 from a number, a numeric string or a one-element list; otherwise null */
export function regionFrom(value: unknown): number | null {
  const one = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  const n = typeof one === 'number' ? one : typeof one === 'string' && /^\d{1,2}$/.test(one.trim()) ? Number(one) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

export function principalFromClaims(payload: JWTPayload, config: Pick<OidcConfig, 'claims' | 'roleMap'>): Principal {
  const sub = typeof payload.sub === 'string' ? payload.sub : '';
  let role = roleFrom(claimAt(payload, config.claims.role), config.roleMap);
  const regionId = role === 'editor' ? regionFrom(claimAt(payload, config.claims.region)) : null;
  // an editor of no known region may edit nothing: read-only rather than a half-role
  if (role === 'editor' && regionId === null) role = 'viewer';
  const named = [claimAt(payload, config.claims.name), payload.email, payload.preferred_username, sub].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return { name: `oidc:${sub}`.slice(0, 200), displayName: (named ?? sub).trim().slice(0, 120), role, regionId };
}
