/**
 * OpenID Connect settings from the environment. Unset OIDC_ISSUER = OIDC off (static
 * bearer tokens only; the browser's /auth-config says issuer null).
 *
 *   OIDC_ISSUER        the IdP's issuer URL, exactly as its discovery document says
 *   OIDC_CLIENT_ID     the dashboard's public client (auth code + PKCE)   (rcm-dashboard)
 *   OIDC_AUDIENCE      the `aud` the API accepts in access tokens          (api://rcm-api)
 *   OIDC_SCOPES        what the browser asks for                            (openid profile email offline_access)
 *   OIDC_ROLE_CLAIM    claim (dotted path) holding the role or groups       (rcm_role)
 *   OIDC_ROLE_MAP      JSON mapping claim values to viewer/editor/admin     (identity)
 *   OIDC_REGION_CLAIM  claim holding an editor's region 1-10               (rcm_region)
 *   OIDC_NAME_CLAIM    claim with the display name shown and audited        (name)
 *   OIDC_ALGORITHMS    allowed JWS algorithms (comma-separated)             (RS256,PS256,ES256)
 *   OIDC_JWKS_URI      only if the discovery document should not be used
 */
import { z } from 'zod';
import { ROLES, type Role } from '../http/auth';

export const DEV_OIDC_CLIENT_ID = 'rcm-dashboard';
export const DEV_OIDC_AUDIENCE = 'api://rcm-api';
export const DEFAULT_OIDC_SCOPES = 'openid profile email offline_access';
/** asymmetric only: an HS* token would be "signed" with a public key */
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

export interface OidcConfig {
  issuer: string;
  clientId: string;
  audience: string;
  scopes: string;
  claims: { role: string; region: string; name: string };
  /** claim value → role; values not listed are ignored */
  roleMap: Readonly<Record<string, Role>>;
  algorithms: string[];
  jwksUri: string | undefined;
}

const OidcEnv = z.object({
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).default(DEV_OIDC_CLIENT_ID),
  OIDC_AUDIENCE: z.string().min(1).default(DEV_OIDC_AUDIENCE),
  OIDC_SCOPES: z.string().min(1).default(DEFAULT_OIDC_SCOPES),
  OIDC_ROLE_CLAIM: z.string().min(1).default('rcm_role'),
  OIDC_ROLE_MAP: z.string().optional(),
  OIDC_REGION_CLAIM: z.string().min(1).default('rcm_region'),
  OIDC_NAME_CLAIM: z.string().min(1).default('name'),
  OIDC_ALGORITHMS: z.string().default('RS256,PS256,ES256'),
  OIDC_JWKS_URI: z.url({ protocol: /^https?$/ }).optional(),
  NODE_ENV: z.string().optional(),
});

function parseRoleMap(json: string | undefined): Record<string, Role> {
  if (json === undefined || json.trim() === '') return Object.fromEntries(ROLES.map((r) => [r, r]));
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('OIDC_ROLE_MAP is not valid JSON, e.g. {"RCM-Admins":"admin","RCM-Editors":"editor"}');
  }
  const parsed = z.record(z.string().min(1), z.enum(ROLES)).safeParse(raw);
  if (!parsed.success) throw new Error('OIDC_ROLE_MAP maps claim values to "viewer", "editor" or "admin"');
  return parsed.data;
}

/** null when OIDC_ISSUER is unset; throws a readable Error on a bad setting */
export function loadOidcConfig(env: Record<string, string | undefined>): OidcConfig | null {
  const parsed = OidcEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid OIDC configuration: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}`);
  }
  const e = parsed.data;
  if (!e.OIDC_ISSUER) return null;
  const issuer = e.OIDC_ISSUER.replace(/\/+$/, '');
  if (e.NODE_ENV === 'production' && !issuer.startsWith('https://')) {
    throw new Error('OIDC_ISSUER must be an https:// URL in production.');
  }
  const algorithms = e.OIDC_ALGORITHMS.split(',').map((a) => a.trim()).filter((a) => a.length > 0);
  const refused = algorithms.filter((a) => !(ASYMMETRIC as readonly string[]).includes(a));
  if (algorithms.length === 0 || refused.length > 0) {
    throw new Error(`OIDC_ALGORITHMS: only asymmetric algorithms (${ASYMMETRIC.join(', ')}) are allowed${refused.length ? `; refused ${refused.join(', ')}` : ''}.`);
  }
  return {
    issuer,
    clientId: e.OIDC_CLIENT_ID,
    audience: e.OIDC_AUDIENCE,
    scopes: e.OIDC_SCOPES,
    claims: { role: e.OIDC_ROLE_CLAIM, region: e.OIDC_REGION_CLAIM, name: e.OIDC_NAME_CLAIM },
    roleMap: parseRoleMap(e.OIDC_ROLE_MAP),
    algorithms,
    jwksUri: e.OIDC_JWKS_URI,
  };
}
