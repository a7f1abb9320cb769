/**
 * The browser's OIDC settings, learnt from the API (`GET /api/v1/auth-config`, public), so
 * one build works against any agency's identity provider. `issuer: null` means OIDC is off
 * and the sample users (static tokens) are offered instead.
 */
import { z } from 'zod';

export const AuthConfig = z.object({
  issuer: z.url().nullable(),
  clientId: z.string().min(1).nullable(),
  scopes: z.string().default('openid profile email'),
  /** the API's audience, sent as the `resource` indicator when the provider needs one */
  audience: z.string().min(1).nullable().optional(),
  /** the claim names carrying role, region and display name (defaults "role", "region", "name") */
  roleClaim: z.string().min(1).optional(),
  regionClaim: z.string().min(1).optional(),
  nameClaim: z.string().min(1).optional(),
  /** a role claim's value → the app's role; values not listed make a viewer */
  roleMap: z.record(z.string(), z.enum(['viewer', 'editor', 'admin'])).optional(),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

export const OIDC_OFF: AuthConfig = { issuer: null, clientId: null, scopes: 'openid' };

export async function fetchAuthConfig(apiBaseUrl: string, doFetch: typeof fetch = globalThis.fetch): Promise<AuthConfig> {
  const response = await doFetch(`${apiBaseUrl}/api/v1/auth-config`, { headers: { Accept: 'application/json' } });
  // an API without the route (older server) has no OIDC: offer the sample users
  if (response.status === 404) return OIDC_OFF;
  if (!response.ok) throw new Error(`the sign-in settings could not be loaded (HTTP ${response.status})`);
  const parsed = AuthConfig.safeParse(await response.json());
  if (!parsed.success) throw new Error('the sign-in settings from the API are not valid');
  return parsed.data;
}

export const oidcEnabled = (c: AuthConfig): c is AuthConfig & { issuer: string; clientId: string } => c.issuer !== null && c.clientId !== null;
