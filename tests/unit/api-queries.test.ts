import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/api/query-client';
import { setMockFaults } from '../../mocks/faults';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { ApiContractError, ApiError } from '../../src/api/errors';
import { apiKeys, jurisdictionQuery, metaQuery, shouldRetry, STALE_TIME_MS } from '../../src/api/queries';

const sample = buildSampleDataset();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  setMockFaults(null);
  vi.unstubAllEnvs();
  vi.resetModules();
});
afterAll(() => server.close());

describe('query options', () => {
  it('keeps keys under "api" and normalises codes', () => {
    expect(metaQuery().queryKey).toEqual(['api', 'meta']);
    expect(jurisdictionQuery('tx').queryKey).toEqual(['api', 'jurisdiction', 'TX']);
    expect(apiKeys.all).toEqual(['api']);
  });

  it("takes stale time and retry from the client's defaults, so a test client's own defaults win", () => {
    const app = createQueryClient().getDefaultOptions().queries;
    expect(app?.staleTime).toBe(STALE_TIME_MS);
    expect(app?.retry).toBe(shouldRetry);
    expect(metaQuery().staleTime).toBeUndefined();
    expect(metaQuery().retry).toBeUndefined();
    expect(createQueryClient({ retry: false }).getDefaultOptions().queries?.retry).toBe(false);
  });

  it('retries only transient failures, at most twice', () => {
    const http = (status: number) => new ApiError({ endpoint: 'GET /api/v1/meta', status, title: 'x' });
    const contract = new ApiContractError('GET /api/v1/meta', ['asOf'], 'broken');
    expect(shouldRetry(0, http(500))).toBe(true);
    expect(shouldRetry(1, http(503))).toBe(true);
    expect(shouldRetry(2, http(500))).toBe(false);
    expect(shouldRetry(0, http(0))).toBe(true);
    expect(shouldRetry(0, http(429))).toBe(true);
    expect(shouldRetry(0, http(404))).toBe(false);
    expect(shouldRetry(0, http(400))).toBe(false);
    expect(shouldRetry(0, contract)).toBe(false);
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });
});

describe('queries against the mock API', () => {
  /** fresh modules with the base URL pointed at msw's node origin */
  async function load() {
    vi.stubEnv('VITE_API_BASE_URL', 'http://localhost');
    vi.resetModules();
    const queries = await import('../../src/api/queries');
    const errors = await import('../../src/api/errors');
    const fresh = await import('../../src/api/query-client');
    const client = fresh.createQueryClient({ retryDelay: 0 });
    let requests = 0;
    server.events.on('request:start', () => {
      requests++;
    });
    return { queries, errors, client, requests: () => requests };
  }

  it('fetches and parses', async () => {
    const { queries, client } = await load();
    await expect(client.fetchQuery(queries.metaQuery())).resolves.toEqual(sample.meta);
    await expect(client.fetchQuery(queries.jurisdictionQuery('ca'))).resolves.toEqual(sample.details.CA);
  });

  it('retries a 500 twice, then fails with ApiError', async () => {
    const { queries, errors, client, requests } = await load();
    setMockFaults({ fail: ['meta'] });
    const err = await client.fetchQuery({ ...queries.metaQuery(), retryDelay: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(errors.ApiError);
    expect(requests()).toBe(3);
  });

  it('does not retry a contract break or a 404', async () => {
    const { queries, errors, client, requests } = await load();
    setMockFaults({ malformed: ['jurisdiction'] });
    const broken = await client.fetchQuery({ ...queries.jurisdictionQuery('TX'), retryDelay: 0 }).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(errors.ApiContractError);
    expect(requests()).toBe(1);
    const missing = await client.fetchQuery({ ...queries.jurisdictionQuery('ZZ'), retryDelay: 0 }).catch((e: unknown) => e);
    expect((missing as InstanceType<typeof errors.ApiError>).status).toBe(404);
    expect(requests()).toBe(2);
  });
});
