// CSV export and import: dry run, row-level errors, all-or-nothing, region limits, round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JurisdictionSummaries } from '../../src/api/schemas';
import { ImportReport } from '../../src/api/write-schemas';
import { auditCount, bearer, createTestServer, etagOfPath, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const HEADER = 'code,status,adopted,expires,lastAnnualReport,nextWorkshop';
const list = async () => JurisdictionSummaries.parse(await (await server.request('/api/v1/jurisdictions')).json());
const importCsv = (csv: string, opts: { dryRun?: boolean; token?: string; ifMatch?: string | null } = {}) =>
  server.request(`/api/v1/jurisdictions/import${opts.dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body: csv,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      ...bearer(opts.token ?? TOKENS.admin),
      ...(opts.ifMatch === null ? {} : { 'If-Match': opts.ifMatch ?? '*' }),
    },
  });

describe('CSV export', SLOW_TEST, () => {
  it('exports every jurisdiction as CSV with an ETag, and the export re-imports as "no change"', async () => {
    const res = await server.request('/api/v1/jurisdictions.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment/);
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('code,name,region,status,adopted,expires,lastAnnualReport,nextWorkshop');
    expect(lines).toHaveLength(57);
    const report = ImportReport.parse(await (await importCsv(csv, { dryRun: true })).json());
    expect(report).toMatchObject({ rows: 56, changed: [], errors: [] });
    expect(report.unchanged).toHaveLength(56);
  });
});

describe('CSV import', SLOW_TEST, () => {
  it('a dry run reports the changes and row errors, and changes nothing', async () => {
    const before = await list();
    const csv = [
      HEADER,
      'TX,current,2026-01-01,2030-01-01,2026-06-01,',
      'ok,overdue,2020-01-01,2024-01-01,,',
      'ZZ,current,2026-01-01,2030-01-01,,',
      'NM,great,2026-01-01,2030-01-01,,',
      'AR,current,2026-01-01,2025-01-01,,',
      'TX,current,2026-01-01,2030-01-01,,',
      'LA,current,2026-13-01,2030-01-01,,',
    ].join('\r\n');
    const res = await importCsv(csv, { dryRun: true, ifMatch: null });
    expect(res.status).toBe(200);
    const report = ImportReport.parse(await res.json());
    expect(report.changed.map((c) => c.code)).toEqual(['TX', 'OK']);
    expect(report.changed[0]).toMatchObject({ row: 2, after: { status: 'current', nextWorkshop: null } });
    expect(report.errors.map((e) => [e.row, e.code, e.column])).toEqual([
      [4, 'ZZ', 'code'],
      [5, 'NM', 'status'],
      [6, 'AR', 'expires'],
      [7, 'TX', 'code'],
      [8, 'LA', 'adopted'],
    ]);
    expect(await list()).toEqual(before);
  });

  it('a real import with any row error changes nothing (422 with the report)', async () => {
    const before = await list();
    const res = await importCsv([HEADER, 'TX,current,2026-01-01,2030-01-01,,', 'ZZ,current,2026-01-01,2030-01-01,,'].join('\n'));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { report: ImportReport };
    expect(problem.report.errors).toHaveLength(1);
    expect(await list()).toEqual(before);
  });

  it('a real import applies every row in one go, audited per jurisdiction', async () => {
    const audit = await auditCount(server.db);
    const etag = await etagOfPath(server, '/api/v1/jurisdictions');
    const res = await importCsv([HEADER, 'TX,current,2026-01-01,2030-01-01,2026-06-01,', 'OK,overdue,2020-01-01,2024-01-01,,'].join('\n'), { ifMatch: etag });
    expect(res.status).toBe(200);
    expect(ImportReport.parse(await res.json())).toMatchObject({ applied: true, dryRun: false });
    const after = await list();
    expect(after.find((j) => j.code === 'TX')?.scip).toEqual({ status: 'current', adopted: '2026-01-01', expires: '2030-01-01', lastAnnualReport: '2026-06-01', nextWorkshop: null });
    expect(after.find((j) => j.code === 'OK')?.scip.status).toBe('overdue');
    expect(await auditCount(server.db)).toBe(audit + 2);
    // the ETag used is now stale
    expect((await importCsv([HEADER, 'TX,overdue,2026-01-01,2030-01-01,,'].join('\n'), { ifMatch: etag })).status).toBe(412);
  });

  it('needs If-Match for a real import (428), an editor or admin (401/403), and text/csv (415)', async () => {
    const csv = [HEADER, 'GA,current,2026-01-01,2030-01-01,,'].join('\n');
    expect((await importCsv(csv, { ifMatch: null })).status).toBe(428);
    expect((await importCsv(csv, { token: TOKENS.viewer })).status).toBe(403);
    const noToken = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' } });
    expect(noToken.status).toBe(401);
    const json = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'application/json', ...bearer(TOKENS.admin) } });
    expect(json.status).toBe(415);
  });

  it("an editor's rows outside their region are row errors; the import is refused whole", async () => {
    const before = await list();
    const csv = [HEADER, 'GA,current,2026-01-01,2030-01-01,,', 'TX,current,2026-01-01,2030-01-01,,'].join('\n');
    const dry = ImportReport.parse(await (await importCsv(csv, { dryRun: true, token: TOKENS.editorR4 })).json());
    expect(dry.errors).toEqual([expect.objectContaining({ row: 3, code: 'TX', message: expect.stringMatching(/Region 6/) })]);
    expect((await importCsv(csv, { token: TOKENS.editorR4 })).status).toBe(422);
    expect(await list()).toEqual(before);
    expect((await importCsv([HEADER, 'GA,current,2026-01-01,2030-01-01,,'].join('\n'), { token: TOKENS.editorR4 })).status).toBe(200);
  });

  it('refuses a file with a wrong header or broken CSV (422) and changes nothing', async () => {
    const before = await list();
    for (const csv of ['', 'code,status\nTX,current', `${HEADER},owner\nTX,current,2026-01-01,2030-01-01,,,me`, `${HEADER}\n"TX,current`]) {
      const res = await importCsv(csv);
      expect(res.status, JSON.stringify(csv)).toBe(422);
    }
    expect(await list()).toEqual(before);
  });
});
