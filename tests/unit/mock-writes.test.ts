// The mock API's writes, through the app's own write client: the server's rules, audit, history, persistence.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { forgetState, resetState } from '../../mocks/store/store';
import { createApiClient } from '../../src/api/client';
import { etagFor } from '../../src/api/etags';
import { AuditPage, ImportReport } from '../../src/api/write-schemas';
import { ApiWriteError, write } from '../../src/api/writes';
import { SAMPLE_USERS } from '../../src/auth/sample-users';

const BASE = 'http://localhost';
const token = (id: string) => SAMPLE_USERS.find((u) => u.id === id)?.token ?? '';
const R6 = token('sample-editor-region-6');
const ADMIN = token('sample-admin');
const VIEWER = token('sample-viewer');
const api = createApiClient({ baseUrl: BASE, fetch: (i, init) => globalThis.fetch(i, init) });
const opts = (t: string | null) => ({ baseUrl: BASE, token: t, fetch: (i: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(i, init) });

async function etagOfTx(): Promise<string> {
  await api.get('jurisdiction', { code: 'TX' });
  const etag = etagFor('/api/v1/jurisdictions/TX');
  if (!etag) throw new Error('GET /jurisdictions/TX sent no ETag');
  return etag;
}

async function refusal(p: Promise<unknown>): Promise<ApiWriteError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiWriteError);
  return e as ApiWriteError;
}

async function history(code: string, t = VIEWER) {
  const res = await fetch(`${BASE}/api/v1/jurisdictions/${code}/history?limit=10`, { headers: { Authorization: `Bearer ${t}` } });
  return AuditPage.parse(await res.json());
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetState());
afterAll(() => server.close());

describe('mock API writes', () => {
  it('a Region 6 editor sets Texas to current: new ETag, the list and detail agree, audited with their name', async () => {
    const before = await etagOfTx();
    const { data, etag } = await write('scip', { code: 'TX' }, { status: 'current' }, before, opts(R6));
    expect(data.scip.status).toBe('current');
    expect(etag).not.toBe(before);
    expect((await api.get('jurisdiction', { code: 'TX' })).scip.status).toBe('current');
    expect(etagFor('/api/v1/jurisdictions/TX')).toBe(etag);
    expect((await api.get('jurisdictions')).find((s) => s.code === 'TX')?.scip.status).toBe('current');
    const page = await history('TX');
    expect(page.entries[0]).toMatchObject({ actor: 'Rosa Delgado', role: 'editor', action: 'update-scip', entity: 'jurisdiction', entityId: 'TX' });
    expect(page.entries[0]?.after).toMatchObject({ status: 'current' });
  });

  it('refuses a Region 6 editor on Georgia (403) and leaves Georgia unchanged', async () => {
    const ga = await api.get('jurisdiction', { code: 'GA' });
    const e = await refusal(write('scip', { code: 'GA' }, { status: 'overdue' }, etagFor('/api/v1/jurisdictions/GA'), opts(R6)));
    expect(e.status).toBe(403);
    expect(e.detail).toMatch(/Region 6/);
    expect(await api.get('jurisdiction', { code: 'GA' })).toEqual(ga);
    expect((await history('GA')).entries).toEqual([]);
  });

  it('answers 401 without or with a bad token, 403 for a viewer, 428 without If-Match', async () => {
    const etag = await etagOfTx();
    expect((await refusal(write('notes', { code: 'TX' }, { notes: 'x' }, etag, opts(null)))).status).toBe(401);
    expect((await refusal(write('notes', { code: 'TX' }, { notes: 'x' }, etag, opts('not-a-token-at-all')))).status).toBe(401);
    expect((await refusal(write('notes', { code: 'TX' }, { notes: 'x' }, etag, opts(VIEWER)))).status).toBe(403);
    const e = await refusal(write('notes', { code: 'TX' }, { notes: 'x' }, null, opts(R6)));
    expect(e.status).toBe(428);
    expect(e.problem).toMatchObject({ status: 428, title: 'Precondition Required' });
  });

  it('answers 412 with the current ETag to a write from an old version, and applies nothing', async () => {
    const old = await etagOfTx();
    const { etag: current } = await write('notes', { code: 'TX' }, { notes: 'First.' }, old, opts(R6));
    const e = await refusal(write('notes', { code: 'TX' }, { notes: 'Second.' }, old, opts(ADMIN)));
    expect(e.status).toBe(412);
    expect(e.currentEtag).toBe(current);
    expect((await api.get('jurisdiction', { code: 'TX' })).notes).toBe('First.');
    // "apply mine on top of theirs": the same change with their version
    await write('notes', { code: 'TX' }, { notes: 'Second.' }, e.currentEtag, opts(ADMIN));
    const actors = (await history('TX')).entries.map((x) => x.actor);
    expect(actors).toEqual(['Avery Chen', 'Rosa Delgado']);
  });

  it('answers 422 with field errors for a body the write schema refuses (sent by hand, past the client check)', async () => {
    const etag = await etagOfTx();
    const res = await fetch(`${BASE}/api/v1/jurisdictions/TX/scip`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${R6}`, 'If-Match': etag, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'done', adopted: '3/5/2027' }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((x) => x.path).sort()).toEqual(['adopted', 'status']);
    const plan = await refusal(write('scip', { code: 'TX' }, { adopted: '2027-01-01', expires: '2026-01-01' }, etag, opts(R6)));
    expect(plan.status).toBe(422);
    expect(plan.detail).toMatch(/cannot expire/);
  });

});

describe('mock API writes: markers, TA, coordinators, persistence, import, audit', () => {
  it('a marker write recomputes the counts and lanes the map and legend use', async () => {
    const tx = await api.get('jurisdiction', { code: 'TX' });
    const m = tx.markerDetails.find((x) => x.level !== 'optimized');
    if (!m) throw new Error('TX has every marker optimized');
    const { data } = await write('marker', { code: 'TX', markerId: m.id }, { level: 'optimized', assessed: '2026-11-01' }, etagFor('/api/v1/jurisdictions/TX'), opts(R6));
    expect(data.markers.optimized).toBe(tx.markers.optimized + 1);
    expect(data.markerDetails.find((x) => x.id === m.id)).toMatchObject({ level: 'optimized', previousLevel: m.level, assessed: '2026-11-01' });
    expect((await history('TX')).entries[0]).toMatchObject({ entity: 'marker', entityId: `TX/${m.id}` });
  });

  it('adds a TA request (201), changes its status, and both show in the history', async () => {
    const created = await write('taCreate', { code: 'TX' }, { category: 'Training', title: 'Radio drill' }, await etagOfTx(), opts(R6));
    const ta = created.data.taRequests.find((t) => t.title === 'Radio drill');
    expect(ta?.status).toBe('requested');
    await write('taPatch', { code: 'TX', taId: ta?.id ?? '' }, { status: 'scheduled' }, created.etag, opts(R6));
    expect((await history('TX')).entries.map((e) => e.action)).toEqual(['update-ta-request', 'create-ta-request']);
  });

  it('the region\'s editor edits a coordinator (If-Match of GET /coordinators/{id}); coverage is admin-only and keeps the region covered', async () => {
    const regions = await api.get('regions');
    const region = regions.find((r) => r.id === 6);
    const c = region?.coordinators[0];
    if (!region || !c) throw new Error('no Region 6 coordinator');
    const got = await fetch(`${BASE}/api/v1/coordinators/${c.id}`);
    const etag = got.headers.get('ETag');
    const { data } = await write('coordinator', { id: c.id }, { phone: '555-0142' }, etag, opts(R6));
    expect(data.phone).toBe('555-0142');
    // the copies in the details of the jurisdictions it covers change with it
    const covered = await api.get('jurisdiction', { code: c.jurisdictions[0] ?? '' });
    expect(covered.coordinators.find((x) => x.id === c.id)?.phone).toBe('555-0142');
    expect((await api.get('regions')).find((r) => r.id === 6)?.coordinators[0]?.phone).toBe('555-0142');
    const e = await refusal(write('coverage', { id: c.id }, { jurisdictions: ['GA'] }, '*', opts(ADMIN)));
    expect(e.status).toBe(422);
    expect((await refusal(write('coverage', { id: c.id }, { jurisdictions: [...c.jurisdictions] }, '*', opts(R6)))).status).toBe(403);
  });

  it('keeps the edits in IndexedDB: a fresh worker (state forgotten) reads them back; reset restores the sample', async () => {
    await write('notes', { code: 'TX' }, { notes: 'Kept.' }, await etagOfTx(), opts(R6));
    forgetState();
    expect((await api.get('jurisdiction', { code: 'TX' })).notes).toBe('Kept.');
    await resetState();
    forgetState();
    expect((await api.get('jurisdiction', { code: 'TX' })).notes).not.toBe('Kept.');
    expect((await history('TX')).entries).toEqual([]);
  });

  it('CSV import: a dry run lists 3 changes and the error on line 4 and writes nothing; fixed, Apply writes 4, each audited', async () => {
    const list = await api.get('jurisdictions');
    const listEtag = etagFor('/api/v1/jurisdictions') ?? '';
    const rows = ['CA', 'NY', 'FL', 'WA'].map((code) => {
      const s = list.find((j) => j.code === code)?.scip;
      if (!s) throw new Error(`no ${code}`);
      return { code, s };
    });
    const line = (code: string, adopted: string, expires: string) => `${code},current,${adopted},${expires},,`;
    const csv = (bad: boolean) =>
      '\uFEFFcode,status,adopted,expires,lastAnnualReport,nextWorkshop\r\n' +
      rows.map(({ code }, i) => (bad && i === 2 ? line(code, '13/13/2027', '2030-01-01') : line(code, '3/25/2026', '2030-01-01'))).join('\r\n') +
      '\r\n';
    const post = (body: string, dryRun: boolean, ifMatch?: string) =>
      fetch(`${BASE}/api/v1/jurisdictions/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'text/csv', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
        body,
      });
    const dry = ImportReport.parse(await (await post(csv(true), true)).json());
    expect(dry.changed.map((c) => [c.row, c.code])).toEqual([
      [2, 'CA'],
      [3, 'NY'],
      [5, 'WA'],
    ]);
    expect(dry.changed[0]?.after.adopted).toBe('2026-03-25'); // a spreadsheet's date, converted
    expect(dry.errors).toEqual([expect.objectContaining({ row: 4, code: 'FL', column: 'adopted' })]);
    expect((await post(csv(true), false, listEtag)).status).toBe(422);
    expect(await api.get('jurisdictions')).toEqual(list);
    expect((await post(csv(false), false)).status).toBe(428);

    const applied = ImportReport.parse(await (await post(csv(false), false, listEtag)).json());
    expect(applied).toMatchObject({ dryRun: false, applied: true });
    expect(applied.changed).toHaveLength(4);
    const after = await api.get('jurisdictions');
    for (const { code } of rows) expect(after.find((j) => j.code === code)?.scip).toMatchObject({ status: 'current', adopted: '2026-03-25' });
    const audit = AuditPage.parse(await (await fetch(`${BASE}/api/v1/audit?limit=10`, { headers: { Authorization: `Bearer ${VIEWER}` } })).json());
    expect(audit.entries.map((e) => [e.action, e.entityId, e.actor])).toEqual(
      ['WA', 'FL', 'NY', 'CA'].map((code) => ['import-scip', code, 'Avery Chen']),
    );
    // the old version of the list no longer matches
    expect((await post(csv(false), false, listEtag)).status).toBe(412);
  });

  it('serves the audit log with filters and as CSV, to any valid token only', async () => {
    await write('notes', { code: 'TX' }, { notes: '=cmd' }, await etagOfTx(), opts(R6));
    await write('governance', { code: 'TX' }, { kind: 'SIEC' }, etagFor('/api/v1/jurisdictions/TX'), opts(ADMIN));
    const get = (path: string, t: string | null = VIEWER) => fetch(`${BASE}/api/v1${path}`, { headers: t ? { Authorization: `Bearer ${t}` } : {} });
    expect((await get('/audit', null)).status).toBe(401);
    const page = AuditPage.parse(await (await get('/audit?actor=avery')).json());
    expect(page.entries.map((e) => e.action)).toEqual(['update-governance']);
    const paged = AuditPage.parse(await (await get('/audit?limit=1')).json());
    expect(paged.next).not.toBeNull();
    const csv = await (await get('/audit.csv')).text();
    expect(csv.split('\r\n')[0]).toBe('id,at,actor,role,action,entity,entityId,before,after');
    // a formula never reaches a spreadsheet as one
    expect(csv).not.toMatch(/,"?=cmd/);
  });
});
