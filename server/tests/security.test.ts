// Security: authentication and roles, region limits, injection, oversized bodies, stored
// markup returned as inert JSON data, CORS, headers, errors that leak nothing, rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JurisdictionDetail } from '../../src/api/schemas';
import type { Db } from '../db/db';
import { appOver, auditCount, bearer, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const snapshotOf = async () => (await server.request('/api/v1/jurisdictions')).text();
const tx = async () => JurisdictionDetail.parse(await (await server.request('/api/v1/jurisdictions/TX')).json());
const scipPatch = async (code: string, headers: Record<string, string>) =>
  server.request(`/api/v1/jurisdictions/${code}/scip`, jsonInit('PATCH', { status: 'overdue' }, { 'If-Match': await etagOfPath(server, `/api/v1/jurisdictions/${code}`), ...headers }));

describe('authentication and roles', SLOW_TEST, () => {
  it('a write without a token is 401 with a Bearer challenge; a wrong token is 401 too', async () => {
    const before = await snapshotOf();
    const none = await scipPatch('TX', {});
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect((await scipPatch('TX', bearer('not-a-real-token-at-all'))).status).toBe(401);
    expect((await scipPatch('TX', { Authorization: `Basic ${btoa('admin:admin')}` })).status).toBe(401);
    expect(await snapshotOf()).toBe(before);
  });

  it('a viewer may read the audit log but not write (403)', async () => {
    expect((await scipPatch('TX', bearer(TOKENS.viewer))).status).toBe(403);
    expect((await server.request('/api/v1/audit', { headers: bearer(TOKENS.viewer) })).status).toBe(200);
    expect((await server.request('/api/v1/audit')).status).toBe(401);
  });

  it('a Region 4 editor writing Texas (Region 6) gets 403 and Texas is unchanged', async () => {
    const before = await tx();
    const res = await scipPatch('TX', bearer(TOKENS.editorR4));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/Region 4.*Region 6/);
    expect(await tx()).toEqual(before);
    expect(await auditCount(server.db, 'TX')).toBe(0);
    // the same editor may change a Region 4 state, and so may an admin anywhere
    expect((await scipPatch('GA', bearer(TOKENS.editorR4))).status).toBe(200);
    expect((await scipPatch('TX', bearer(TOKENS.editorR6))).status).toBe(200);
  });

  it("a Region 4 editor cannot change a Region 6 coordinator's contact", async () => {
    const res = await server.request(
      '/api/v1/coordinators/ecc-r06-1',
      jsonInit('PATCH', { name: 'Mallory' }, { ...bearer(TOKENS.editorR4), 'If-Match': await etagOfPath(server, '/api/v1/coordinators/ecc-r06-1') }),
    );
    expect(res.status).toBe(403);
  });
});

describe('hostile input', SLOW_TEST, () => {
  it('SQL in the path or the body is a 4xx and the data is unchanged', async () => {
    const before = await snapshotOf();
    const admin = { ...bearer(TOKENS.admin), 'If-Match': '*' };
    const paths = [
      `/api/v1/jurisdictions/${encodeURIComponent("TX'; DROP TABLE jurisdictions;--")}/scip`,
      `/api/v1/jurisdictions/TX/markers/${encodeURIComponent("M01' OR '1'='1")}`,
      `/api/v1/coordinators/${encodeURIComponent("x' OR 1=1;--")}`,
    ];
    for (const path of paths) {
      const res = await server.request(path, jsonInit('PATCH', { status: 'current', level: 'optimized', name: 'x' }, admin));
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    const body = await server.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { status: "current'; DELETE FROM jurisdictions;--" }, admin));
    expect(body.status).toBe(422);
    expect(await snapshotOf()).toBe(before);
  });

  it('SQL in free text is stored as text: the tables are intact', async () => {
    const title = "x'); DROP TABLE ta_requests; --";
    const res = await server.request('/api/v1/jurisdictions/AL/ta-requests', jsonInit('POST', { category: 'Grants', title }, { ...bearer(TOKENS.admin), 'If-Match': '*' }));
    expect(res.status).toBe(201);
    expect(JurisdictionDetail.parse(await res.json()).taRequests.some((t) => t.title === title)).toBe(true);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM ta_requests');
    expect(rows[0]?.n).toBeGreaterThan(1);
  });

  it('stored <script> text comes back verbatim as JSON data, never as HTML', async () => {
    const title = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
    const created = await server.request('/api/v1/jurisdictions/FL/ta-requests', jsonInit('POST', { category: 'Grants', title }, { ...bearer(TOKENS.admin), 'If-Match': '*' }));
    expect(created.status).toBe(201);
    const res = await server.request('/api/v1/jurisdictions/FL');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    expect(JurisdictionDetail.parse(await res.json()).taRequests.some((t) => t.title === title)).toBe(true);
  });

  it('a body over the limit is 413 and changes nothing', async () => {
    const before = await snapshotOf();
    const huge = JSON.stringify({ category: 'Grants', title: 'x'.repeat(300 * 1024) });
    const res = await server.request('/api/v1/jurisdictions/TX/ta-requests', {
      method: 'POST',
      body: huge,
      headers: { 'Content-Type': 'application/json', ...bearer(TOKENS.admin), 'If-Match': '*' },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
    const csv = `code,status,adopted,expires,lastAnnualReport,nextWorkshop\r\n${'TX,current,2024-01-01,2028-01-01,,\r\n'.repeat(10_000)}`;
    const big = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv', ...bearer(TOKENS.admin), 'If-Match': '*' } });
    expect(big.status).toBe(413);
    expect(await snapshotOf()).toBe(before);
  });

  it('a title over 200 characters or a non-JSON body is refused', async () => {
    const h = { ...bearer(TOKENS.admin), 'If-Match': '*' };
    expect((await server.request('/api/v1/jurisdictions/TX/ta-requests', jsonInit('POST', { category: 'Grants', title: 'x'.repeat(201) }, h))).status).toBe(422);
    expect((await server.request('/api/v1/jurisdictions/TX/scip', { method: 'PATCH', body: '{"status":', headers: { ...h, 'Content-Type': 'application/json' } })).status).toBe(400);
    expect((await server.request('/api/v1/jurisdictions/TX/scip', { method: 'PATCH', body: 'status=current', headers: { ...h, 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
  });
});

describe('transport', SLOW_TEST, () => {
  it('answers CORS only for allow-listed origins', async () => {
    const allowed = await server.request('/api/v1/meta', { headers: { Origin: 'http://127.0.0.1:5173' } });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:5173');
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/);
    const foreign = await server.request('/api/v1/meta', { headers: { Origin: 'https://evil.example' } });
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await server.request('/api/v1/jurisdictions/TX/scip', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4173', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,if-match,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('if-match');
  });

  it('errors are problem+json without stack, SQL or driver text', async () => {
    // a database that fails the way a driver does: with SQL and internals in the message
    const failing: Db = {
      ...server.db,
      query: () => Promise.reject(new Error('relation "markers" does not exist: SELECT * FROM markers WHERE secret')),
    };
    const broken = appOver(failing);
    const res = await broken.request('/api/v1/jurisdictions');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(text).not.toMatch(/markers|relation|SELECT|secret|at \w+ \(|\.ts:/i);
  });
});

describe('write rate limit', SLOW_TEST, () => {
  it('the 4th write in a minute with a 3-per-minute token is 429 with Retry-After; other tokens are unaffected', async () => {
    let now = Date.parse('2026-11-26T12:00:00Z');
    let n = 0;
    const limited = appOver(server.db, { writesPerMinute: 3, now: () => now });
    const write = (token: string) =>
      limited.request('/api/v1/jurisdictions/TX/ta-requests', jsonInit('POST', { category: 'Grants', title: `request ${(n += 1)}` }, { ...bearer(token), 'If-Match': '*' }));
    for (let i = 0; i < 3; i++) expect((await write(TOKENS.editorR6)).status).toBe(201);
    const refused = await write(TOKENS.editorR6);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect((await write(TOKENS.admin)).status).toBe(201);
    now += 20_000; // one write's worth of refill
    expect((await write(TOKENS.editorR6)).status).toBe(201);
  });
});
