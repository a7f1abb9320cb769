// Faults: concurrent writes racing on one ETag, and an import that dies half-way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JurisdictionDetail, JurisdictionSummaries, Meta } from '../../src/api/schemas';
import { appOver, auditCount, bearer, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const admin = bearer(TOKENS.admin);

describe('concurrent writes', SLOW_TEST, () => {
  it('two writes to one jurisdiction with the same If-Match: exactly one 200, the other 412, one audit entry', async () => {
    const etag = await etagOfPath(server, '/api/v1/jurisdictions/CO');
    const send = (status: string) => server.request('/api/v1/jurisdictions/CO/scip', jsonInit('PATCH', { status }, { ...admin, 'If-Match': etag }));
    const results = await Promise.all([send('overdue'), send('in-progress')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(await auditCount(server.db, 'CO')).toBe(1);
    const winner = results.find((r) => r.status === 200);
    const co = JurisdictionDetail.parse(await (await server.request('/api/v1/jurisdictions/CO')).json());
    expect(co.scip).toEqual(JurisdictionDetail.parse(await winner?.json()).scip);
  });

  it('ten racing writers (marker, TA, scip) with one ETag: one wins', async () => {
    const etag = await etagOfPath(server, '/api/v1/jurisdictions/UT');
    const auditBefore = await auditCount(server.db);
    const h = { ...admin, 'If-Match': etag };
    const requests = Array.from({ length: 10 }, (_, i) =>
      i % 3 === 0
        ? server.request('/api/v1/jurisdictions/UT/markers/M0' + String((i % 9) + 1), jsonInit('PATCH', { level: 'optimized', assessed: '2026-11-01' }, h))
        : i % 3 === 1
          ? server.request('/api/v1/jurisdictions/UT/ta-requests', jsonInit('POST', { category: 'Grants', title: `race ${i}` }, h))
          : server.request('/api/v1/jurisdictions/UT/scip', jsonInit('PATCH', { expires: `2031-01-${String(10 + i)}` }, h)),
    );
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
    expect(await auditCount(server.db)).toBe(auditBefore + 1);
  });
});

describe('an import interrupted half-way', SLOW_TEST, () => {
  it('loses no committed write and applies none of its own rows', async () => {
    // a committed write before the import
    const committed = await server.request('/api/v1/jurisdictions/MT/scip', jsonInit('PATCH', { status: 'overdue' }, { ...admin, 'If-Match': await etagOfPath(server, '/api/v1/jurisdictions/MT') }));
    expect(committed.status).toBe(200);
    const before = await (await server.request('/api/v1/jurisdictions')).text();
    const metaBefore = Meta.parse(await (await server.request('/api/v1/meta')).json());
    const auditBefore = await auditCount(server.db);

    const summaries = JurisdictionSummaries.parse(JSON.parse(before));
    const rows = summaries.slice(0, 12).map((s) => `${s.code},current,2026-01-01,2030-01-01,2026-06-01,`);
    const csv = ['code,status,adopted,expires,lastAnnualReport,nextWorkshop', ...rows].join('\n');
    let appliedWhenFailed = 0;
    const crashing = appOver(server.db, {
      importAfterRow: (n) => {
        if (n === 5) {
          appliedWhenFailed = n;
          throw new Error('simulated crash after 5 rows');
        }
      },
    });
    const res = await crashing.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv', ...admin, 'If-Match': '*' } });
    expect(appliedWhenFailed).toBe(5);
    expect(res.status).toBe(500);
    expect(await (await server.request('/api/v1/jurisdictions')).text()).toBe(before);
    expect(Meta.parse(await (await server.request('/api/v1/meta')).json())).toEqual(metaBefore);
    expect(await auditCount(server.db)).toBe(auditBefore);
    expect(summaries.find((s) => s.code === 'MT')?.scip.status).toBe('overdue');

    // and the same import without the fault applies all 12 rows
    const ok = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv', ...admin, 'If-Match': '*' } });
    expect(ok.status).toBe(200);
    expect(await auditCount(server.db)).toBe(auditBefore + 12);
  });
});
