// Inputs that once answered 500 or stored junk (issue #17): each is now a 400/422 problem
// with nothing changed; blank-looking and broken text is refused; a dry run that passes
// means the import passes; repeated bad tokens are throttled; reads come from memory.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JurisdictionDetail } from '../../src/api/schemas';
import { ImportReport } from '../../src/api/write-schemas';
import type { Db } from '../db/db';
import { appOver, auditCount, bearer, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const admin = bearer(TOKENS.admin);
const allData = async () => Promise.all(['/api/v1/jurisdictions', '/api/v1/regions', '/api/v1/jurisdictions/TX'].map(async (p) => (await server.request(p)).text()));
const write = async (method: string, path: string, body: unknown, etagPath = '/api/v1/jurisdictions/TX') =>
  server.request(path, jsonInit(method, body, { ...admin, 'If-Match': await etagOfPath(server, etagPath) }));

async function expectRefused(res: Response, statuses: number[] = [400, 422]): Promise<string> {
  expect(statuses).toContain(res.status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return ((await res.json()) as { detail: string }).detail;
}

describe('the inputs that answered 500', SLOW_TEST, () => {
  it('a NUL byte in any text field, or in /audit?entityId=, is 400/422 and changes nothing', async () => {
    const before = await allData();
    const audits = await auditCount(server.db);
    const nul = 'Radio\u0000review';
    await expectRefused(await write('POST', '/api/v1/jurisdictions/TX/ta-requests', { category: nul, title: 'ok' }));
    await expectRefused(await write('POST', '/api/v1/jurisdictions/TX/ta-requests', { category: 'Cyber', title: nul }));
    for (const field of ['name', 'title', 'email', 'phone']) {
      const res = await write('PATCH', '/api/v1/coordinators/ecc-r06-1', { [field]: nul }, '/api/v1/coordinators/ecc-r06-1');
      expect(await expectRefused(res), field).toContain(field);
    }
    await expectRefused(await server.request('/api/v1/audit?entityId=%00', { headers: admin }));
    expect(await allData()).toEqual(before);
    expect(await auditCount(server.db)).toBe(audits);
  });

  it('year 0000 (and other dates outside 1990-2100) in SCIP, marker and TA dates is 422, and /audit?before=2147483648 is 400', async () => {
    const before = await allData();
    for (const date of ['0000-01-01', '1989-12-31', '2101-01-01']) {
      const detail = await expectRefused(await write('PATCH', '/api/v1/jurisdictions/TX/scip', { adopted: date }));
      expect(detail).toMatch(/adopted: a date from 1990-01-01 to 2100-12-31/);
    }
    await expectRefused(await write('PATCH', '/api/v1/jurisdictions/TX/scip', { nextWorkshop: '0000-01-01' }));
    await expectRefused(await write('PATCH', '/api/v1/jurisdictions/TX/markers/M01', { level: 'defined', assessed: '0000-01-01' }));
    await expectRefused(await write('POST', '/api/v1/jurisdictions/TX/ta-requests', { category: 'Cyber', title: 'Review', requested: '0000-01-01' }));
    expect(await expectRefused(await server.request('/api/v1/audit?before=2147483648', { headers: admin }), [400])).toMatch(/2147483647/);
    expect((await server.request('/api/v1/audit?before=2147483647', { headers: admin })).status).toBe(200);
    expect(await allData()).toEqual(before);
  });
});

describe('one rule for free text', SLOW_TEST, () => {
  it('refuses blank-looking, invisible-only, control-character and broken-Unicode text', async () => {
    const before = await allData();
    for (const title of ['   ', '\u200b\u200b', '\u00a0\t', 'line\nbreak', 'bell\u0007', 'lone \ud800 surrogate', 'x'.repeat(201)]) {
      const res = await write('POST', '/api/v1/jurisdictions/TX/ta-requests', { category: 'Cyber', title });
      expect(await expectRefused(res), JSON.stringify(title)).toMatch(/title/);
    }
    expect(await allData()).toEqual(before);
  });

  it('stores text trimmed and NFC-normalised', async () => {
    const res = await write('POST', '/api/v1/jurisdictions/TX/ta-requests', { category: '  Cyber ', title: '  Cafe\u0301 review  ' });
    expect(res.status).toBe(201);
    const tx = JurisdictionDetail.parse(await (await server.request('/api/v1/jurisdictions/TX')).json());
    const created = tx.taRequests.find((t) => t.title.startsWith('Caf'));
    expect(created).toMatchObject({ category: 'Cyber', title: 'Caf\u00e9 review' });
  });
});

describe('CSV dry run = import', SLOW_TEST, () => {
  it('a year-0000 row fails its dry run with its line and column, and the real import refuses it too', async () => {
    const csv = ['code,status,adopted,expires,lastAnnualReport,nextWorkshop', 'CO,current,2026-01-01,2030-01-01,,', 'UT,current,0000-01-01,2030-01-01,,'].join('\n');
    const headers = { 'Content-Type': 'text/csv', ...admin, 'If-Match': '*' };
    const dry = await server.request('/api/v1/jurisdictions/import?dryRun=true', { method: 'POST', body: csv, headers });
    expect(dry.status).toBe(200);
    const report = ImportReport.parse(await dry.json());
    expect(report.errors).toEqual([expect.objectContaining({ row: 3, code: 'UT', column: 'adopted' })]);
    const before = await allData();
    const real = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers });
    expect(real.status).toBe(422);
    expect(await allData()).toEqual(before);
  });
});

describe('failed-authentication throttle', SLOW_TEST, () => {
  it('30 bad-token requests from one client end in 429 with Retry-After; a valid token still gets through at once', async () => {
    const throttled = appOver(server.db);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i += 1) {
      const res = await throttled.request('/api/v1/audit', { headers: bearer(`wrong-token-number-${i}`) });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('Retry-After');
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await throttled.request('/api/v1/audit', { headers: bearer(TOKENS.viewer) })).status).toBe(200);
  });
});

describe('reads from memory', SLOW_TEST, () => {
  it('serves br and gzip encodings of the same document (one ETag, Vary), and a 304 makes no database query once the snapshot is current', async () => {
    let queries = 0;
    const counting: Db = { ...server.db, kind: server.db.kind, query: (t, p) => ((queries += 1), server.db.query(t, p)), transaction: (fn) => ((queries += 1), server.db.transaction(fn)), exec: (s) => server.db.exec(s), close: async () => undefined };
    const reader = appOver(counting, { readRecheckMs: Number.POSITIVE_INFINITY });
    const plain = await reader.request('/api/v1/jurisdictions');
    const body = await plain.text();
    const etag = plain.headers.get('ETag') ?? '';
    const queriesAfterFirstRead = queries;
    const br = await reader.request('/api/v1/jurisdictions', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toMatch(/Accept-Encoding/);
    expect(br.headers.get('ETag')).toBe(etag);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(body);
    const gz = await reader.request('/api/v1/jurisdictions', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(body);
    const notModified = await reader.request('/api/v1/jurisdictions', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(queries).toBe(queriesAfterFirstRead);
  });
});
