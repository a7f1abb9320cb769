// Authenticated writes: each endpoint changes what the reads return, answers with the new
// ETag, is audited (who, when, before, after), bumps meta, and needs If-Match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator, JurisdictionDetail, Meta } from '../../src/api/schemas';
import { AuditPage } from '../../src/api/write-schemas';
import { READ_CACHE_CONTROL } from '../http/read-routes';
import { auditCount, bearer, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ now: () => Date.parse('2026-11-26T12:00:00Z') });
}, SLOW_HOOK);
afterAll(() => server.close());

const detail = async (code: string) => JurisdictionDetail.parse(await (await server.request(`/api/v1/jurisdictions/${code}`)).json());
const admin = bearer(TOKENS.admin);

async function patch(path: string, body: unknown, etagPath: string, token = TOKENS.admin): Promise<Response> {
  return server.request(path, jsonInit('PATCH', body, { ...bearer(token), 'If-Match': await etagOfPath(server, etagPath) }));
}

describe('writes', SLOW_TEST, () => {
  it('PATCH scip changes the status and dates, returns the new ETag, and is audited', async () => {
    const metaBefore = Meta.parse(await (await server.request('/api/v1/meta')).json());
    const res = await patch('/api/v1/jurisdictions/NM/scip', { status: 'in-progress', nextWorkshop: null, expires: '2029-06-30' }, '/api/v1/jurisdictions/NM');
    expect(res.status).toBe(200);
    const body = JurisdictionDetail.parse(await res.json());
    expect(body.scip).toMatchObject({ status: 'in-progress', nextWorkshop: null, expires: '2029-06-30' });
    expect(res.headers.get('ETag')).toBe(await etagOfPath(server, '/api/v1/jurisdictions/NM'));

    const list = (await (await server.request('/api/v1/jurisdictions')).json()) as { code: string; scip: { status: string } }[];
    expect(list.find((j) => j.code === 'NM')?.scip.status).toBe('in-progress');

    const meta = Meta.parse(await (await server.request('/api/v1/meta')).json());
    expect(Number(meta.version)).toBe(Number(metaBefore.version) + 1);
    expect(Date.parse(meta.asOf)).toBeGreaterThan(Date.parse(metaBefore.asOf));

    const audit = AuditPage.parse(await (await server.request('/api/v1/audit?entity=jurisdiction&entityId=NM', { headers: admin })).json());
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ actor: 'Avery Chen', role: 'admin', action: 'update-scip', entityId: 'NM', after: body.scip });
    expect(audit.entries[0]?.before).not.toEqual(body.scip);
  });

  it('rejects a plan that expires before it is adopted (422), changing nothing', async () => {
    const before = await detail('OK');
    const res = await patch('/api/v1/jurisdictions/OK/scip', { adopted: '2030-01-01', expires: '2029-01-01' }, '/api/v1/jurisdictions/OK');
    expect(res.status).toBe(422);
    expect(await detail('OK')).toEqual(before);
  });

  it('PATCH a marker sets its level, keeps the old one as previousLevel, and recomputes the counts', async () => {
    const before = await detail('AR');
    const m = before.markerDetails.find((x) => x.level !== 'optimized');
    if (!m) throw new Error('AR has no improvable marker');
    const res = await patch(`/api/v1/jurisdictions/AR/markers/${m.id}`, { level: 'optimized' }, '/api/v1/jurisdictions/AR');
    expect(res.status).toBe(200);
    const after = JurisdictionDetail.parse(await res.json());
    expect(after.markerDetails.find((x) => x.id === m.id)).toMatchObject({ level: 'optimized', previousLevel: m.level, assessed: '2026-11-26' });
    expect(after.markers.optimized).toBe(before.markers.optimized + 1);
    expect(after.markers[m.level]).toBe(before.markers[m.level] - 1);
  });

  it('POST a TA request creates it with a new id (201); PATCH updates its status and date', async () => {
    const created = await server.request(
      '/api/v1/jurisdictions/LA/ta-requests',
      jsonInit('POST', { category: 'Cybersecurity', title: 'Radio network risk review' }, { ...admin, 'If-Match': await etagOfPath(server, '/api/v1/jurisdictions/LA') }),
    );
    expect(created.status).toBe(201);
    const la = JurisdictionDetail.parse(await created.json());
    const ta = la.taRequests.find((t) => t.title === 'Radio network risk review');
    expect(ta).toMatchObject({ category: 'Cybersecurity', status: 'requested', requested: '2026-11-26', updated: '2026-11-26' });
    expect(ta?.id).toMatch(/^TA-2026-\d{4}$/);
    const allIds = (await Promise.all(['TX', 'LA', 'OK'].map(detail))).flatMap((d) => d.taRequests.map((t) => t.id));
    expect(new Set(allIds).size).toBe(allIds.length);

    const res = await server.request(`/api/v1/jurisdictions/LA/ta-requests/${ta?.id}`, jsonInit('PATCH', { status: 'scheduled' }, { ...admin, 'If-Match': created.headers.get('ETag') ?? '' }));
    expect(res.status).toBe(200);
    expect(JurisdictionDetail.parse(await res.json()).taRequests.find((t) => t.id === ta?.id)?.status).toBe('scheduled');
    expect(await auditCount(server.db, ta?.id)).toBe(2);
  });

  it("PATCH a coordinator's contact changes it everywhere the coordinator appears", async () => {
    const regions = (await (await server.request('/api/v1/regions')).json()) as { id: number; coordinators: Coordinator[] }[];
    const c = regions.find((r) => r.id === 6)?.coordinators[0];
    if (!c) throw new Error('Region 6 has no coordinator');
    const res = await patch(`/api/v1/coordinators/${c.id}`, { phone: '+1-202-555-0199', email: 'new.ecc@example.org' }, `/api/v1/coordinators/${c.id}`, TOKENS.editorR6);
    expect(res.status).toBe(200);
    expect(Coordinator.parse(await res.json())).toMatchObject({ phone: '+1-202-555-0199', email: 'new.ecc@example.org' });
    const code = c.jurisdictions[0] ?? 'TX';
    expect((await detail(code)).coordinators.find((x) => x.id === c.id)?.phone).toBe('+1-202-555-0199');
    const audit = AuditPage.parse(await (await server.request(`/api/v1/audit?entity=coordinator&entityId=${c.id}`, { headers: admin })).json());
    expect(audit.entries[0]).toMatchObject({ actor: 'Rosa Delgado', before: { phone: c.phone }, after: { phone: '+1-202-555-0199' } });
  });

});

describe('write preconditions and validation', SLOW_TEST, () => {
  it('needs If-Match (428), and refuses a stale one (412) without changing anything', async () => {
    const noIfMatch = await server.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { status: 'overdue' }, admin));
    expect(noIfMatch.status).toBe(428);
    const stale = await etagOfPath(server, '/api/v1/jurisdictions/TX');
    expect((await patch('/api/v1/jurisdictions/TX/scip', { status: 'overdue' }, '/api/v1/jurisdictions/TX')).status).toBe(200);
    const before = await detail('TX');
    const res = await server.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { status: 'current' }, { ...admin, 'If-Match': stale }));
    expect(res.status).toBe(412);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(await detail('TX')).toEqual(before);
  });

  it('a write that changes nothing is not audited and keeps the ETag', async () => {
    const etag = await etagOfPath(server, '/api/v1/jurisdictions/WY');
    const wy = await detail('WY');
    const count = await auditCount(server.db, 'WY');
    const res = await server.request('/api/v1/jurisdictions/WY/scip', jsonInit('PATCH', { status: wy.scip.status }, { ...admin, 'If-Match': etag }));
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(etag);
    expect(await auditCount(server.db, 'WY')).toBe(count);
  });

  it('rejects unknown fields, wrong enums and bad dates with 422 naming the field', async () => {
    const cases: [string, unknown][] = [
      ['/api/v1/jurisdictions/TX/scip', { status: 'great' }],
      ['/api/v1/jurisdictions/TX/scip', { adopted: '2026-02-30' }],
      ['/api/v1/jurisdictions/TX/scip', { owner: 'me' }],
      ['/api/v1/jurisdictions/TX/scip', {}],
      ['/api/v1/jurisdictions/TX/markers/M01', { level: 'excellent' }],
      ['/api/v1/coordinators/ecc-r06-1', { email: 'not-an-email' }],
    ];
    for (const [path, body] of cases) {
      const etagPath = path.startsWith('/api/v1/coordinators') ? path : '/api/v1/jurisdictions/TX';
      const res = await patch(path, body, etagPath);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const problem = (await res.json()) as { errors: { path: string }[] };
      expect(problem.errors.length, JSON.stringify(body)).toBeGreaterThan(0);
    }
  });

  it('answers 404 for an unknown jurisdiction, marker or TA request', async () => {
    const etag = await etagOfPath(server, '/api/v1/jurisdictions/TX');
    for (const path of ['/api/v1/jurisdictions/ZZ/scip', '/api/v1/jurisdictions/TX/markers/M99', '/api/v1/jurisdictions/TX/ta-requests/TA-1999-0001']) {
      const body = path.includes('markers') ? { level: 'defined' } : path.includes('ta-') ? { status: 'complete' } : { status: 'current' };
      const res = await server.request(path, jsonInit('PATCH', body, { ...admin, 'If-Match': etag }));
      expect(res.status, path).toBe(404);
    }
  });
});

describe('conditional reads', SLOW_TEST, () => {
  it('every contract read has a strong ETag and a proxy-cacheable Cache-Control, and answers If-None-Match with 304', async () => {
    for (const path of ['/api/v1/meta', '/api/v1/regions', '/api/v1/jurisdictions', '/api/v1/jurisdictions/TX', '/api/v1/jurisdictions.csv']) {
      const res = await server.request(path);
      const etag = res.headers.get('ETag') ?? '';
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(res.headers.get('Cache-Control'), path).toBe(READ_CACHE_CONTROL);
      expect(res.headers.get('Cache-Control'), path).toMatch(/^public, max-age=\d, stale-while-revalidate=\d+$/);
      const again = await server.request(path, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('ETag'), path).toBe(etag);
      expect(await again.text(), path).toBe('');
    }
  });

  it("a write changes the written resource's ETag and meta's, not an untouched jurisdiction's", async () => {
    const [meta, tx, me] = await Promise.all(['/api/v1/meta', '/api/v1/jurisdictions/TX', '/api/v1/jurisdictions/ME'].map((p) => etagOfPath(server, p)));
    const res = await server.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { expires: '2031-12-31' }, { ...admin, 'If-Match': tx ?? '' }));
    expect(res.status).toBe(200);
    expect((await server.request('/api/v1/jurisdictions/TX', { headers: { 'If-None-Match': tx ?? '' } })).status).toBe(200);
    expect((await server.request('/api/v1/meta', { headers: { 'If-None-Match': meta ?? '' } })).status).toBe(200);
    expect((await server.request('/api/v1/jurisdictions/ME', { headers: { 'If-None-Match': me ?? '' } })).status).toBe(304);
  });

  it('a weak ETag never satisfies If-Match', async () => {
    const etag = await etagOfPath(server, '/api/v1/jurisdictions/ME');
    const res = await server.request('/api/v1/jurisdictions/ME/scip', jsonInit('PATCH', { status: 'overdue' }, { ...admin, 'If-Match': `W/${etag}` }));
    expect(res.status).toBe(412);
  });
});
