/** GET /api/v1/auth-config: how the browser signs in (public; null issuer = OIDC off). */
import { API_PREFIX } from '../../src/api/schemas';
import { AuthConfig } from '../../src/api/write-schemas';
import type { App, AppServices } from './types';

export function registerAuthRoutes(app: App, { deps }: AppServices): void {
  const oidc = deps.oidc ?? null;
  const body: AuthConfig = {
    issuer: oidc?.issuer ?? null,
    clientId: oidc?.clientId ?? null,
    scopes: oidc?.scopes ?? 'openid profile email',
    roleClaim: oidc?.claims.role ?? 'rcm_role',
    regionClaim: oidc?.claims.region ?? 'rcm_region',
    nameClaim: oidc?.claims.name ?? 'name',
    roleMap: { ...(oidc?.roleMap ?? { viewer: 'viewer', editor: 'editor', admin: 'admin' }) },
  };
  const json = JSON.stringify(AuthConfig.parse(body));
  app.get(`${API_PREFIX}/auth-config`, (c) =>
    c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
}
