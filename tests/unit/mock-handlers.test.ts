import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { clearMockFaults, FAULTS_STORAGE_KEY, getMockFaults, setMockFaults } from '../../mocks/faults';
import { XSS_MARKUP, XSS_URL } from '../../mocks/tamper';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { advanceSampleDataset } from '../../src/sample-data/advance';
import { JurisdictionDetail, JurisdictionSummaries, Meta, Problem, Regions } from '../../src/api/schemas';

const BASE = 'http://localhost/api/v1';
const sample = buildSampleDataset();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  setMockFaults(null);
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const getJson = async (path: string, origin = BASE) => {
  const res = await fetch(`${origin}${path}`);
  return { res, body: (await res.json()) as unknown };
};

/** a minimal Storage stand-in for node */
function stubStorage(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  });
  return data;
}

describe('mock handlers', () => {
  it('serve any origin', async () => {
    const a = await getJson('/meta', 'http://127.0.0.1:5173/api/v1');
    const b = await getJson('/meta', 'https://dashboard.example.org/sub/api/v1');
    expect(a.body).toEqual(sample.meta);
    expect(b.body).toEqual(sample.meta);
  });

  it('answer an unknown code with an RFC 9457 problem', async () => {
    const { res, body } = await getJson('/jurisdictions/zz');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = Problem.parse(body);
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/api/v1/jurisdictions/zz' });
    expect(problem.detail).toContain('zz');
  });

  it('answer an injected failure with a 500 problem', async () => {
    setMockFaults({ fail: ['jurisdiction'] });
    const { res, body } = await getJson('/jurisdictions/TX');
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(Problem.parse(body)).toMatchObject({ status: 500, instance: '/api/v1/jurisdictions/TX' });
  });
});

describe('fault sources', () => {
  it('reads localStorage at each request, ignores bad JSON, and lets the in-memory override win', async () => {
    const store = stubStorage({ [FAULTS_STORAGE_KEY]: JSON.stringify({ fail: ['meta'], latencyMs: 5 }) });
    expect(getMockFaults()).toEqual({ fail: ['meta'], latencyMs: 5 });
    expect((await fetch(`${BASE}/meta`)).status).toBe(500);

    store.set(FAULTS_STORAGE_KEY, '{not json');
    expect(getMockFaults()).toEqual({});
    expect((await fetch(`${BASE}/meta`)).status).toBe(200);

    store.set(FAULTS_STORAGE_KEY, JSON.stringify({ fail: 'all', latencyMs: 5 }));
    setMockFaults({ fail: ['regions'] });
    expect(getMockFaults()).toEqual({ fail: ['regions'], latencyMs: 5 });
    expect((await fetch(`${BASE}/meta`)).status).toBe(200);

    clearMockFaults();
    expect(store.has(FAULTS_STORAGE_KEY)).toBe(false);
    expect(getMockFaults()).toEqual({});
  });

  it('ignores stored faults of the wrong shape', () => {
    stubStorage({ [FAULTS_STORAGE_KEY]: JSON.stringify({ fail: ['nope'] }) });
    expect(getMockFaults()).toEqual({});
  });
});

describe('xss fault', () => {
  it('puts payloads in every free-text field but keeps the contract', async () => {
    setMockFaults({ xss: true });
    const meta = Meta.parse((await getJson('/meta')).body);
    const regions = Regions.parse((await getJson('/regions')).body);
    const list = JurisdictionSummaries.parse((await getJson('/jurisdictions')).body);
    const tx = JurisdictionDetail.parse((await getJson('/jurisdictions/TX')).body);

    expect(meta.dataset).toContain(XSS_MARKUP);
    expect(meta.asOf).toBe(sample.meta.asOf);
    const c = regions[0]?.coordinators[0];
    expect(regions[0]?.name).toContain('<script>');
    expect(regions[0]?.office.address).toContain('onerror=');
    expect(c?.name).toContain('<img');
    expect(c?.title).toContain('<script>');
    expect(c?.email).toBe(XSS_URL);
    expect(c?.phone).toBe(XSS_URL);
    expect(list.every((s) => s.name.includes(XSS_MARKUP))).toBe(true);
    expect(list.map((s) => s.code)).toEqual(sample.summaries.map((s) => s.code));

    expect(tx.code).toBe('TX');
    expect(tx.name).toContain(XSS_MARKUP);
    expect(tx.notes).toContain(XSS_URL);
    expect(tx.swic.email).toBe(XSS_URL);
    expect(tx.governanceBody.name).toContain(XSS_MARKUP);
    expect(tx.markerDetails.every((m) => m.name.includes(XSS_MARKUP))).toBe(true);
    expect(tx.taRequests.every((t) => t.title.includes(XSS_MARKUP))).toBe(true);
    expect(tx.coordinators.every((k) => k.office.address.includes(XSS_MARKUP))).toBe(true);
  });

  it('does not leak into the clean dataset', async () => {
    setMockFaults({ xss: true });
    await getJson('/jurisdictions/TX');
    setMockFaults(null);
    expect((await getJson('/jurisdictions/TX')).body).toEqual(sample.details.TX);
  });
});

describe('version fault', () => {
  it('serves the dataset advanced N times', async () => {
    setMockFaults({ version: 2 });
    const expected = advanceSampleDataset(advanceSampleDataset(sample, 24), 24);
    expect((await getJson('/meta')).body).toEqual(expected.meta);
    expect((await getJson('/jurisdictions')).body).toEqual(expected.summaries);
    expect(expected.meta.version).toBe('3');
    setMockFaults({ version: 0 });
    expect((await getJson('/meta')).body).toEqual(sample.meta);
  });
});
