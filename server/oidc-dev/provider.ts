/**
 * The local development OpenID Provider: `oidc-provider` (the certified Node
 * implementation) configured for one public client (the dashboard: authorization code +
 * PKCE, refresh tokens for silent renew) and the four FICTIONAL sample users. Access
 * tokens are RS256 JWTs for the API's audience, carrying the role, region and name claims
 * the API maps (server/auth/claims.ts), exactly as an agency's IdP would.
 *
 * Never for production: createDevProvider refuses NODE_ENV=production.
 */
import { generateKeyPair, exportJWK } from 'jose';
import { randomBytes } from 'node:crypto';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { SAMPLE_USERS, type SampleUser } from '../../src/auth/sample-users';

export interface DevProviderOptions {
  /** e.g. http://127.0.0.1:8788 (no trailing slash) */
  issuer: string;
  clientId: string;
  /** the API's audience (the `aud` of every access token) */
  audience: string;
  /** app origins whose callback URIs are registered (see redirectUrisFor) */
  appOrigins: readonly string[];
  /** NODE_ENV of the process; 'production' is refused */
  nodeEnv: string | undefined;
  accessTokenTtlSeconds?: number;
}

/** the claim names the dev IdP puts in access and ID tokens (the API's defaults) */
export const DEV_CLAIMS = { role: 'rcm_role', region: 'rcm_region', name: 'name' } as const;
export const DEV_SCOPES = 'openid profile email offline_access';

/** the redirect URIs registered per app origin: the app root, an explicit callback page and a silent-renew page */
export const CALLBACK_PATHS = ['/', '/auth/callback', '/auth/silent-renew.html', '/wall.html'] as const;
export const redirectUrisFor = (origins: readonly string[]): string[] => origins.flatMap((o) => CALLBACK_PATHS.map((p) => `${o}${p}`));

export function assertNotProduction(nodeEnv: string | undefined): void {
  if (nodeEnv === 'production') {
    throw new Error('The local sample OIDC provider refuses to start under NODE_ENV=production: point OIDC_ISSUER at your identity provider instead.');
  }
}

export function sampleClaims(user: SampleUser): { sub: string; [claim: string]: string | number | boolean } {
  return {
    sub: user.id,
    name: user.displayName,
    email: user.email,
    email_verified: true,
    [DEV_CLAIMS.role]: user.role,
    ...(user.regionId === null ? {} : { [DEV_CLAIMS.region]: user.regionId }),
  };
}

const findUser = (id: string): SampleUser | undefined => SAMPLE_USERS.find((u) => u.id === id);

export async function createDevProvider(options: DevProviderOptions): Promise<Provider> {
  assertNotProduction(options.nodeEnv);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: `dev-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' };
  const ttl = options.accessTokenTtlSeconds ?? 900;
  const scope = DEV_SCOPES;
  const resourceServer = {
    scope,
    audience: options.audience,
    accessTokenTTL: ttl,
    accessTokenFormat: 'jwt' as const,
    jwt: { sign: { alg: 'RS256' as const } },
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_name: 'Regional Coordination Map (local sample)',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUrisFor(options.appOrigins),
        post_logout_redirect_uris: redirectUrisFor(options.appOrigins),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name', DEV_CLAIMS.role, DEV_CLAIMS.region], email: ['email', 'email_verified'] },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    pkce: { required: () => true },
    // the browser shows name, role and region from the ID token (its access token is for the API, not userinfo)
    conformIdTokenClaims: false,
    ttl: { AccessToken: ttl, IdToken: ttl, AuthorizationCode: 60, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, RefreshToken: 8 * 3600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== options.audience) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    // the browser calls the token endpoint from the app's origin: allow exactly the registered app origins
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    // silent renew by refresh token: the public client may hold one (rotated on each use)
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // the API maps these claims to role and region, so they travel in the access token too
    extraTokenClaims: (_ctx, token) => {
      const accountId = 'accountId' in token && typeof token.accountId === 'string' ? token.accountId : undefined;
      const user = accountId ? findUser(accountId) : undefined;
      if (!user) return undefined;
      const { sub: _sub, email_verified: _ev, ...claims } = sampleClaims(user);
      return claims;
    },
    findAccount: (_ctx, id) => {
      const user = findUser(id);
      if (!user) return undefined;
      return { accountId: user.id, claims: () => sampleClaims(user) };
    },
    // a first-party client: the sample users are never asked to consent
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (existing) {
        const found = await ctx.oidc.provider.Grant.find(existing);
        if (found) return found;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(scope);
      grant.addResourceScope(options.audience, scope);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = `Sign-in error: ${String(out.error)}${out.error_description ? ` (${String(out.error_description)})` : ''}`;
    },
  };
  return new Provider(options.issuer, configuration);
}
