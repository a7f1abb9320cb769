// The editing writes, history, audit filters/CSV, SSE and the docs page, over in-memory PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeEvent } from '../../src/api/write-schemas';
import { auditCount, bearer, createTestServer, etagOfPath, jsonInit, SLOW_HOOK, SLOW_TEST, TOKENS, type TestServer } from './harness';
import { readSse } from './sse-reader';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const write = async (method: string, path: string, body: unknown, token: string, etagPath: string) =>
  server.request(path, jsonInit(method, body, { ...bearer(token), 'If-Match': await etagOfPath(server, etagPath) }));

describe('editing writes', SLOW_TEST, () => {
  it('PATCH swic / governance and PUT notes change Texas, each audited with the editor name', async () => {
    const tx = '/api/v1/jurisdictions/TX';
    let res = await write('PATCH', `${tx}/swic`, { phone: '+1 512 555 0100' }, TOKENS.editorR6, tx);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeTruthy();
    expect(((await res.json()) as { swic: { phone: string } }).swic.phone).toBe('+1 512 555 0100');
    res = await write('PATCH', `${tx}/governance`, { kind: 'SIEC', name: 'Texas Interoperability Council' }, TOKENS.editorR6, tx);
    expect(((await res.json()) as { governanceBody: unknown }).governanceBody).toEqual({ kind: 'SIEC', name: 'Texas Interoperability Council' });
    res = await write('PUT', `${tx}/notes`, { notes: 'Workshop moved to <b>spring</b>.' }, TOKENS.editorR6, tx);
    expect(((await res.json()) as { notes: string }).notes).toBe('Workshop moved to <b>spring</b>.');
    const history = (await (await server.request(`${tx}/history?limit=3`, { headers: bearer(TOKENS.viewer) })).json()) as {
      entries: { actor: string; action: string; before: unknown; after: unknown }[];
      next: number | null;
    };
    expect(history.entries.map((e) => e.action)).toEqual(['update-notes', 'update-governance', 'update-swic']);
    expect(history.entries[0]).toMatchObject({ actor: 'Rosa Delgado', after: { notes: 'Workshop moved to <b>spring</b>.' } });
  });

  it('a Region 4 editor may not change Texas swic/notes (403), a viewer nothing (403), a bad body is 422', async () => {
    const tx = '/api/v1/jurisdictions/TX';
    const before = await auditCount(server.db);
    expect((await write('PATCH', `${tx}/swic`, { name: 'X' }, TOKENS.editorR4, tx)).status).toBe(403);
    expect((await write('PUT', `${tx}/notes`, { notes: 'x' }, TOKENS.viewer, tx)).status).toBe(403);
    const bad = await write('PATCH', `${tx}/governance`, { kind: 'BOARD' }, TOKENS.editorR6, tx);
    expect(bad.status).toBe(422);
    expect(bad.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(await auditCount(server.db)).toBe(before);
  });

  it('PUT coverage: admin only, region-bound, never leaving a jurisdiction uncovered', async () => {
    const regions = (await (await server.request('/api/v1/regions')).json()) as { id: number; jurisdictions: string[]; coordinators: { id: string; jurisdictions: string[] }[] }[];
    const r6 = regions.find((r) => r.id === 6);
    const [first, second] = r6?.coordinators ?? [];
    if (!first || !second) throw new Error('Region 6 needs two coordinators in the sample');
    const path = `/api/v1/coordinators/${first.id}`;
    expect((await write('PUT', `${path}/jurisdictions`, { jurisdictions: first.jurisdictions }, TOKENS.editorR6, path)).status).toBe(403);
    expect((await write('PUT', `${path}/jurisdictions`, { jurisdictions: ['GA'] }, TOKENS.admin, path)).status).toBe(422);
    const onlySecond = second.jurisdictions.filter((c) => !first.jurisdictions.includes(c));
    if (onlySecond.length > 0 && first.jurisdictions.length > 0) {
      // drop what only `first` covers → someone left uncovered
      const onlyFirst = first.jurisdictions.filter((c) => !second.jurisdictions.includes(c));
      if (onlyFirst.length > 0) {
        const res = await write('PUT', `${path}/jurisdictions`, { jurisdictions: onlySecond }, TOKENS.admin, path);
        expect(res.status).toBe(422);
        expect(((await res.json()) as { detail: string }).detail).toMatch(/would have none/);
      }
    }
    const all = [...(r6?.jurisdictions ?? [])];
    const res = await write('PUT', `${path}/jurisdictions`, { jurisdictions: all }, TOKENS.admin, path);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { jurisdictions: string[] }).jurisdictions).toEqual([...all].sort());
    const audit = (await (await server.request('/api/v1/audit?entity=coordinator&limit=1', { headers: bearer(TOKENS.admin) })).json()) as { entries: { action: string; actor: string }[] };
    expect(audit.entries[0]).toMatchObject({ action: 'update-coverage', actor: 'Avery Chen' });
  });
});

describe('audit filters and CSV', SLOW_TEST, () => {
  it('filters by actor (part of the name, any case) and date range; the CSV has the same rows', async () => {
    const q = (query: string) => server.request(`/api/v1/audit?${query}`, { headers: bearer(TOKENS.viewer) }).then((r) => r.json() as Promise<{ entries: { actor: string }[] }>);
    const rosa = await q('actor=rosa');
    expect(rosa.entries.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rosa.entries.map((e) => e.actor))).toEqual(new Set(['Rosa Delgado']));
    expect((await q('to=2000-01-01')).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await q(`from=${today}&to=${today}&actor=Rosa`)).entries.length).toBe(rosa.entries.length);
    expect((await server.request('/api/v1/audit?from=yesterday', { headers: bearer(TOKENS.viewer) })).status).toBe(400);
    const csv = await server.request('/api/v1/audit.csv?actor=rosa', { headers: bearer(TOKENS.viewer) });
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,role,action,entity,entityId,before,after');
    expect(lines.length - 1).toBe(rosa.entries.length);
    expect((await server.request('/api/v1/audit.csv')).status).toBe(401);
  });

  it('history of an unknown jurisdiction is 404; without a token 401', async () => {
    expect((await server.request('/api/v1/jurisdictions/ZZ/history', { headers: bearer(TOKENS.viewer) })).status).toBe(404);
    expect((await server.request('/api/v1/jurisdictions/TX/history')).status).toBe(401);
  });
});

describe('GET /api/v1/events', SLOW_TEST, () => {
  it('announces a committed write with the new version, entity and jurisdiction; not a refused one', async () => {
    const res = await server.request('/api/v1/events');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const events = readSse(res);
    const ready = await events.next();
    expect(ready.event).toBe('ready');
    expect(events.retry()).toBe(3000);
    // refused (403): nothing is sent
    await write('PUT', '/api/v1/jurisdictions/GA/notes', { notes: 'no' }, TOKENS.editorR6, '/api/v1/jurisdictions/GA');
    await write('PATCH', '/api/v1/jurisdictions/TX/markers/M03', { level: 'optimized' }, TOKENS.editorR6, '/api/v1/jurisdictions/TX');
    const change = await events.next();
    expect(change.event).toBe('change');
    const payload = ChangeEvent.parse(JSON.parse(change.data));
    expect(payload).toMatchObject({ entity: 'marker', entityId: 'TX/M03', jurisdiction: 'TX' });
    const meta = (await (await server.request('/api/v1/meta')).json()) as { version: string };
    expect(payload.version).toBe(meta.version);
    events.close();
  });
});

describe('GET /api/docs', () => {
  it('serves the docs page and its assets from this server, under a CSP that allows no other origin', async () => {
    const page = await server.request('/api/docs');
    const html = await page.text();
    expect(page.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'/);
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const asset = await server.request(src[1] ?? '');
      expect(asset.status, src[1]).toBe(200);
    }
    expect((await server.request('/api/docs/../../package.json')).status).toBe(404);
  });
});
