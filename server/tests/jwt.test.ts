// JWT access tokens at the API: only a well-formed token from the configured issuer, for our audience, passes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JwtVerifier } from '../auth/jwt';
import { loadOidcConfig, type OidcConfig } from '../auth/oidc-config';
import { appOver, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, type TestServer } from './harness';

let jwksServer: Server;
let issuer = '';
let server: TestServer;
let oidcApp: TestServer;
let config: OidcConfig;
let sign: (claims: JWTPayload, options?: { kid?: string; alg?: string; key?: CryptoKey }) => Promise<string>;
let publicPem = '';
const AUD = 'api://rcm-api';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const r6 = (extra: JWTPayload = {}): JWTPayload => ({ iss: issuer, aud: AUD, sub: 'u-r6', name: 'Rosa Delgado', rcm_role: 'editor', rcm_region: 6, iat: now(), exp: now() + 600, ...extra });

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  publicPem = await exportSPKI(publicKey);
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`;
  sign = (claims, options = {}) =>
    new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'k1', typ: 'at+jwt' }).sign(options.key ?? privateKey);
  const loaded = loadOidcConfig({ OIDC_ISSUER: issuer });
  if (!loaded) throw new Error('no OIDC config');
  config = loaded;
  server = await createTestServer();
  oidcApp = appOver(server.db, { oidc: config, jwt: new JwtVerifier(config) });
}, SLOW_HOOK);

afterAll(async () => {
  jwksServer.closeAllConnections();
  jwksServer.close();
  await server.close();
});

const audit = (token: string) => oidcApp.request('/api/v1/audit?limit=1', { headers: { Authorization: `Bearer ${token}` } });

describe('JWT access tokens', () => {
  it('a valid token from the issuer reads the audit log', async () => {
    expect((await audit(await sign(r6()))).status).toBe(200);
  });

  it.each([
    ['expired', () => sign(r6({ exp: now() - 120 })), /expired/],
    ['wrong audience', () => sign(r6({ aud: 'api://someone-else' })), /"aud"/],
    ['wrong issuer', () => sign(r6({ iss: 'https://evil.example' })), /"iss"/],
    ['not yet valid (nbf)', () => sign(r6({ nbf: now() + 600 })), /"nbf"/],
    ['no exp', () => sign(r6({ exp: undefined })), /"exp"/],
    ['unknown kid', () => sign(r6(), { kid: 'not-in-the-jwks' }), /no key/],
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(r6())}.`, /not allowed|not a valid/],
    [
      'HS256 signed with the public key',
      async () => {
        const head = `${b64({ alg: 'HS256', kid: 'k1', typ: 'JWT' })}.${b64(r6())}`;
        return `${head}.${createHmac('sha256', publicPem).update(head).digest('base64url')}`;
      },
      /not allowed|not a valid/,
    ],
    ['a tampered payload', async () => {
      const [h, , s] = (await sign(r6())).split('.');
      return `${h}.${b64(r6({ rcm_role: 'admin' }))}.${s}`;
    }, /signature/],
  ])('%s → 401 problem+json', async (_name, make, reason) => {
    const res = await audit(await make());
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    expect(((await res.json()) as { detail: string }).detail).toMatch(reason);
  });

  it('a JWT at a server without OIDC_ISSUER is refused, static tokens still work there', async () => {
    const res = await server.request('/api/v1/audit', { headers: { Authorization: `Bearer ${await sign(r6())}` } });
    expect(res.status).toBe(401);
    expect((await oidcApp.request('/api/v1/audit', { headers: { Authorization: 'Bearer dev-viewer-7f3c1a9e2b4d' } })).status).toBe(200);
  });

  it("a Region 6 editor's hand-made write for Georgia → 403, Georgia unchanged", async () => {
    const before = await (await oidcApp.request('/api/v1/jurisdictions/GA')).text();
    const etag = await etagOfPath(oidcApp, '/api/v1/jurisdictions/GA');
    const res = await oidcApp.request('/api/v1/jurisdictions/GA/scip', jsonInit('PATCH', { status: 'current' }, { Authorization: `Bearer ${await sign(r6())}`, 'If-Match': etag }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/Region 6/);
    expect(await (await oidcApp.request('/api/v1/jurisdictions/GA')).text()).toBe(before);
  });

  it('the same editor may write Texas, and the audit names them', async () => {
    const etag = await etagOfPath(oidcApp, '/api/v1/jurisdictions/TX');
    const res = await oidcApp.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { nextWorkshop: '2027-03-05' }, { Authorization: `Bearer ${await sign(r6())}`, 'If-Match': etag }));
    expect(res.status).toBe(200);
    const page = (await (await audit(await sign(r6()))).json()) as { entries: { actor: string; entityId: string }[] };
    expect(page.entries[0]).toMatchObject({ actor: 'Rosa Delgado', entityId: 'TX' });
  });
});

describe('GET /api/v1/auth-config', () => {
  it('tells the browser the issuer, client and scopes; null issuer when OIDC is off', async () => {
    const claims = { roleClaim: 'rcm_role', regionClaim: 'rcm_region', nameClaim: 'name', roleMap: { viewer: 'viewer', editor: 'editor', admin: 'admin' } };
    expect(await (await oidcApp.request('/api/v1/auth-config')).json()).toEqual({ issuer, clientId: 'rcm-dashboard', scopes: 'openid profile email offline_access', ...claims });
    expect(await (await server.request('/api/v1/auth-config')).json()).toEqual({ issuer: null, clientId: null, scopes: 'openid profile email', ...claims });
  });
});

describe('OIDC configuration', () => {
  it('refuses symmetric algorithms, and http issuers in production', () => {
    expect(() => loadOidcConfig({ OIDC_ISSUER: issuer, OIDC_ALGORITHMS: 'RS256,HS256' })).toThrow(/HS256/);
    expect(() => loadOidcConfig({ OIDC_ISSUER: 'http://idp.example', NODE_ENV: 'production' })).toThrow(/https/);
    expect(loadOidcConfig({})).toBeNull();
  });
});
