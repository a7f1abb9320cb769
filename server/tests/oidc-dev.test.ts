// The local sample OIDC provider: sign-in page, auth code + PKCE, JWT access tokens the API accepts.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JwtVerifier } from '../auth/jwt';
import { loadOidcConfig } from '../auth/oidc-config';
import { assertNotProduction, createDevProvider } from '../oidc-dev/provider';
import { startDevIdp, type DevIdp } from '../oidc-dev/server';
import { SAMPLE_USERS } from '../../src/auth/sample-users';
import { signInWithDevIdp } from './oidc-flow';

const APP = 'http://127.0.0.1:5999';
let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp({ host: '127.0.0.1', port: 0, clientId: 'rcm-dashboard', audience: 'api://rcm-api', appOrigins: [APP], nodeEnv: 'test' });
});
afterAll(() => idp.close());

describe('local sample OIDC provider', () => {
  it('refuses to start under NODE_ENV=production', async () => {
    expect(() => assertNotProduction('production')).toThrow(/refuses to start under NODE_ENV=production/);
    await expect(createDevProvider({ issuer: 'http://127.0.0.1:1', clientId: 'c', audience: 'a', appOrigins: [APP], nodeEnv: 'production' })).rejects.toThrow(/production/);
  });

  it('publishes discovery with code flow, S256 PKCE and a JWKS', async () => {
    const doc = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(idp.issuer);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.response_types_supported).toContain('code');
    const jwks = (await (await fetch(String(doc.jwks_uri))).json()) as { keys: { kty: string; d?: string }[] };
    expect(jwks.keys[0]?.kty).toBe('RSA');
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('the sign-in page offers the four sample users, with no password field', async () => {
    const url = new URL(`${idp.issuer}/auth`);
    url.search = new URLSearchParams({ client_id: 'rcm-dashboard', response_type: 'code', scope: 'openid', redirect_uri: `${APP}/`, code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' }).toString();
    const first = await fetch(url, { redirect: 'manual' });
    const location = first.headers.get('Location') ?? '';
    expect(location).toMatch(/^\/interaction\//);
    const page = await fetch(new URL(location, idp.issuer), { headers: { Cookie: first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') } });
    const html = await page.text();
    for (const u of SAMPLE_USERS) expect(html).toContain(u.displayName);
    expect(html).toContain('Sign in as Rosa Delgado (editor, Region 6)');
    expect(html).not.toMatch(/type="password"/);
    expect(html).toMatch(/sample data/i);
    // a browser applies form-action to the redirect back to the app after the post
    expect(page.headers.get('Content-Security-Policy')).toMatch(new RegExp(`form-action 'self' ${APP}`));
  });

  it('refuses a redirect URI that is not registered', async () => {
    const url = new URL(`${idp.issuer}/auth`);
    url.search = new URLSearchParams({ client_id: 'rcm-dashboard', response_type: 'code', scope: 'openid', redirect_uri: 'https://evil.example/cb', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/redirect_uri/);
  });

  it('auth code + PKCE gives the Region 6 editor a JWT access token the API maps to editor/Region 6', async () => {
    const tokens = await signInWithDevIdp(idp.issuer, 'rcm-dashboard', `${APP}/`, 'sample-editor-region-6');
    expect(tokens.refresh_token, 'silent renew needs a refresh token').toBeTruthy();
    expect(decodeProtectedHeader(tokens.access_token).alg).toBe('RS256');
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({ iss: idp.issuer, aud: 'api://rcm-api', sub: 'sample-editor-region-6', rcm_role: 'editor', rcm_region: 6, name: 'Rosa Delgado' });
    expect(decodeJwt(tokens.id_token), 'the ID token carries what the top bar shows').toMatchObject({ name: 'Rosa Delgado', rcm_role: 'editor', rcm_region: 6, aud: 'rcm-dashboard' });
    const config = loadOidcConfig({ OIDC_ISSUER: idp.issuer });
    if (!config) throw new Error('no config');
    const outcome = await new JwtVerifier(config).verify(tokens.access_token);
    expect(outcome).toEqual({ ok: true, principal: { name: 'oidc:sample-editor-region-6', displayName: 'Rosa Delgado', role: 'editor', regionId: 6 } });
  });

  it('the token endpoint answers CORS for the registered app origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${idp.issuer}/token`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const post = (origin: string) =>
      fetch(`${idp.issuer}/token`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'grant_type=authorization_code&client_id=rcm-dashboard&code=x' });
    expect((await preflight(APP)).headers.get('Access-Control-Allow-Origin')).toBe(APP);
    expect((await post(APP)).headers.get('Access-Control-Allow-Origin')).toBe(APP);
    expect((await post('https://evil.example')).headers.get('Access-Control-Allow-Origin')).not.toBe('https://evil.example');
  });

  it('a token request without the PKCE verifier is refused', async () => {
    const res = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'nope', redirect_uri: `${APP}/`, client_id: 'rcm-dashboard' }).toString(),
    });
    expect(res.status).toBe(400);
  });
});
