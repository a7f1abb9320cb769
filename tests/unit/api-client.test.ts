import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { setMockFaults } from '../../mocks/faults';
import { createApiClient } from '../../src/api/client';
import { ApiContractError, ApiError, ApiTimeoutError, contractErrorFrom, describeApiFailure, formatIssuePath } from '../../src/api/errors';
import { Meta } from '../../src/api/schemas';
import { buildSampleDataset } from '../../src/sample-data/seed';

const api = createApiClient({ baseUrl: 'http://localhost' });
const sample = buildSampleDataset();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  setMockFaults(null);
});
afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

describe('apiGet against the mock API', () => {
  it('returns parsed data for every endpoint', async () => {
    expect(await api.get('meta')).toEqual(sample.meta);
    expect(await api.get('regions')).toEqual(sample.regions);
    expect(await api.get('jurisdictions')).toEqual(sample.summaries);
    expect(await api.get('jurisdiction', { code: 'TX' })).toEqual(sample.details.TX);
  });

  it('matches jurisdiction codes case-insensitively', async () => {
    const tx = await api.get('jurisdiction', { code: 'tx' });
    expect(tx.code).toBe('TX');
  });

  it('builds paths with encoded parameters', () => {
    expect(api.pathFor('jurisdiction', { code: 'TX' })).toBe('/api/v1/jurisdictions/TX');
    expect(api.pathFor('jurisdiction', { code: 'a/b' })).toBe('/api/v1/jurisdictions/a%2Fb');
    expect(api.pathFor('meta')).toBe('/api/v1/meta');
  });

  it('sends Accept: application/json', async () => {
    let accept: string | null = null;
    server.events.on('request:start', ({ request }) => {
      accept = request.headers.get('Accept');
    });
    await api.get('meta');
    server.events.removeAllListeners();
    expect(accept).toBe('application/json');
  });
});

describe('apiGet failures', () => {
  it('turns a contract break into ApiContractError naming the endpoint and the field', async () => {
    setMockFaults({ malformed: ['jurisdiction'] });
    const e = await failure(api.get('jurisdiction', { code: 'TX' }));
    expect(e).toBeInstanceOf(ApiContractError);
    const err = e as ApiContractError;
    expect(err.message).toBe('GET /api/v1/jurisdictions/TX: field “regionId” is invalid (expected number, received undefined)');
    expect(err.endpoint).toBe('GET /api/v1/jurisdictions/TX');
    expect(err.issues).toEqual(['regionId']);
  });

  it('reports nested paths for list endpoints', async () => {
    setMockFaults({ malformed: ['regions', 'jurisdictions', 'meta'] });
    const regions = (await failure(api.get('regions'))) as ApiContractError;
    expect(regions).toBeInstanceOf(ApiContractError);
    expect(regions.issues[0]).toBe('[0].coordinators[0].email');
    expect(regions.message).toContain('expected string, received number');

    const list = (await failure(api.get('jurisdictions'))) as ApiContractError;
    const txIndex = sample.summaries.findIndex((s) => s.code === 'TX');
    expect(list.issues).toEqual([`[${txIndex}].regionId`]);

    const meta = (await failure(api.get('meta'))) as ApiContractError;
    expect(meta.message).toContain('GET /api/v1/meta: field “asOf”');
  });

  it('turns a 500 into ApiError with the problem details', async () => {
    setMockFaults({ fail: ['meta'] });
    const e = await failure(api.get('meta'));
    expect(e).toBeInstanceOf(ApiError);
    const err = e as ApiError;
    expect(err.status).toBe(500);
    expect(err.kind).toBe('http');
    expect(err.title).toBe('Internal Server Error');
    expect(err.detail).toMatch(/injected/);
    expect(err.isTransient).toBe(true);
    // other endpoints unaffected
    await expect(api.get('regions')).resolves.toHaveLength(10);
  });

  it("fail: 'all' fails every endpoint", async () => {
    setMockFaults({ fail: 'all' });
    for (const p of [api.get('meta'), api.get('regions'), api.get('jurisdictions'), api.get('jurisdiction', { code: 'CA' })]) {
      expect(((await failure(p)) as ApiError).status).toBe(500);
    }
  });

  it('turns an unknown code into a 404 ApiError', async () => {
    const e = await failure(api.get('jurisdiction', { code: 'ZZ' }));
    expect(e).toBeInstanceOf(ApiError);
    const err = e as ApiError;
    expect(err.status).toBe(404);
    expect(err.isNotFound).toBe(true);
    expect(err.isTransient).toBe(false);
    expect(err.endpoint).toBe('GET /api/v1/jurisdictions/ZZ');
    expect(err.detail).toContain('ZZ');
  });

  it('turns a network failure into ApiError status 0 with a human message', async () => {
    const offline = createApiClient({
      baseUrl: 'http://localhost',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const err = (await failure(offline.get('meta'))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/could not be reached/);
    expect(describeApiFailure(err)).toMatch(/could not be reached/);
  });

  it('lets an abort through untouched', async () => {
    setMockFaults({ latencyMs: 1000 });
    const controller = new AbortController();
    const p = api.get('meta', undefined, { signal: controller.signal });
    controller.abort();
    const e = await failure(p);
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as Error).name).toBe('AbortError');
  });

  it('treats a non-JSON 2xx body as a contract error', async () => {
    const html = createApiClient({
      baseUrl: 'http://localhost',
      fetch: () => Promise.resolve(new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
    });
    const e = (await failure(html.get('meta'))) as ApiContractError;
    expect(e).toBeInstanceOf(ApiContractError);
    expect(e.message).toContain('GET /api/v1/meta');
  });

  it('uses the status text when the error body is not problem+json', async () => {
    const plain = createApiClient({
      baseUrl: 'http://localhost',
      fetch: () => Promise.resolve(new Response('oops', { status: 503, statusText: 'Service Unavailable' })),
    });
    const e = (await failure(plain.get('meta'))) as ApiError;
    expect(e.status).toBe(503);
    expect(e.title).toBe('Service Unavailable');
  });

  it('the latency fault delays responses', async () => {
    setMockFaults({ latencyMs: 250 });
    const t0 = performance.now();
    await api.get('meta');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(240);
    setMockFaults(null);
    const t1 = performance.now();
    await api.get('meta');
    expect(performance.now() - t1).toBeLessThan(240);
  });
});

describe('error helpers', () => {
  it('formats issue paths', () => {
    expect(formatIssuePath([])).toBe('(body)');
    expect(formatIssuePath(['regionId'])).toBe('regionId');
    expect(formatIssuePath([3, 'scip', 'status'])).toBe('[3].scip.status');
  });

  it('describes a format failure with the zod message', () => {
    const r = Meta.safeParse({ ...sample.meta, asOf: 'yesterday' });
    if (r.success) throw new Error('expected failure');
    const e = contractErrorFrom('GET /api/v1/meta', r.error, { ...sample.meta, asOf: 'yesterday' });
    expect(e.issues).toEqual(['asOf']);
    expect(e.message).toMatch(/^GET \/api\/v1\/meta: field “asOf” is invalid \(.+\)$/);
  });
});

describe('request timeouts', () => {
  it('a request that gets no answer in time fails with ApiTimeoutError (kind "timeout"), not a plain network error', async () => {
    setMockFaults({ latencyMs: 5_000 });
    const quick = createApiClient({ baseUrl: 'http://localhost', timeoutMs: 150 });
    const started = Date.now();
    const e = await failure(quick.get('meta'));
    expect(e).toBeInstanceOf(ApiTimeoutError);
    expect((e as ApiTimeoutError).kind).toBe('timeout');
    expect((e as ApiTimeoutError).isTransient).toBe(true);
    expect((e as Error).message).toMatch(/GET \/api\/v1\/meta: no answer .* within 0\.2 s/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('a per-call timeout wins over the client default, and the caller can still cancel', async () => {
    setMockFaults({ latencyMs: 5_000 });
    expect(await failure(api.get('meta', undefined, { timeoutMs: 100 }))).toBeInstanceOf(ApiTimeoutError);
    const controller = new AbortController();
    const pending = failure(api.get('meta', undefined, { signal: controller.signal, timeoutMs: 10_000 }));
    controller.abort();
    const e = await pending;
    expect(e).not.toBeInstanceOf(ApiTimeoutError);
    expect((e as Error).name).toBe('AbortError');
  });
});
