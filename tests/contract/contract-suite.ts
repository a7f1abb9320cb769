/**
 * The one contract suite for `/api/v1`, run against every implementation of it: the msw
 * mock (server/tests/contract.msw.test.ts) and the real server
 * (server/tests/contract.server.test.ts). It reads through the app's own client, so a
 * body that passes here is a body the app accepts.
 *
 *   runContractSuite('msw', () => ({ baseUrl: 'http://localhost', fetch: (...a) => fetch(...a) }));
 */
import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { Problem, type JurisdictionDetail, type JurisdictionSummary, type Region } from '../../src/api/schemas';
import { JURISDICTIONS } from '../../src/data/reference';
import { writeContract } from './write-contract';

export interface ContractTarget {
  /** origin the API is served from, without /api/v1 */
  baseUrl: string;
  fetch: typeof fetch;
}

const ALL_CODES = JURISDICTIONS.map((j) => j.code).sort();

async function problemOf(target: ContractTarget, path: string): Promise<{ status: number; type: string; problem: Problem }> {
  const res = await target.fetch(`${target.baseUrl}/api/v1${path}`, { headers: { Accept: 'application/json' } });
  return { status: res.status, type: res.headers.get('Content-Type') ?? '', problem: Problem.parse(await res.json()) };
}

export function runContractSuite(name: string, getTarget: () => ContractTarget): void {
  // generous: the machine may be busy, and a slow answer is not a contract breach
  describe(`/api/v1 contract: ${name}`, { timeout: 60_000 }, () => {
    const client = (): ApiClient => {
      const target = getTarget();
      return createApiClient({ baseUrl: target.baseUrl, fetch: target.fetch });
    };

    it('GET /meta is sample data with a dataset name, version and asOf', async () => {
      const meta = await client().get('meta');
      expect(meta.sample).toBe(true);
      expect(meta.dataset).toMatch(/sample/i);
      expect(Number.isNaN(Date.parse(meta.asOf))).toBe(false);
    });

    it('GET /regions lists regions 1-10 that partition the 56 jurisdictions', async () => {
      const regions = await client().get('regions');
      expect(regions.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(regions.flatMap((r) => r.jurisdictions).sort()).toEqual(ALL_CODES);
      for (const region of regions) {
        const covered = new Set(region.coordinators.flatMap((c) => c.jurisdictions));
        // coordinators cover exactly their own region's jurisdictions
        expect([...covered].sort(), `Region ${region.id}`).toEqual([...region.jurisdictions].sort());
      }
    });

    it('GET /jurisdictions lists each of the 56 once, in the region the regions list says', async () => {
      const [list, regions] = await Promise.all([client().get('jurisdictions'), client().get('regions')]);
      expect(list.map((j) => j.code).sort()).toEqual(ALL_CODES);
      const regionOf = new Map(regions.flatMap((r: Region) => r.jurisdictions.map((code) => [code, r.id] as const)));
      for (const j of list) expect(j.regionId, j.code).toBe(regionOf.get(j.code));
      for (const j of list) expect(Object.values(j.markers).reduce((a, b) => a + b, 0), j.code).toBe(25);
    });

    it('GET /jurisdictions/{code} for all 56: valid, and agreeing with the list and the regions', async () => {
      const api = client();
      const [list, regions] = await Promise.all([api.get('jurisdictions'), api.get('regions')]);
      const summaries = new Map(list.map((s: JurisdictionSummary) => [s.code, s]));
      const details: JurisdictionDetail[] = await Promise.all(ALL_CODES.map((code) => api.get('jurisdiction', { code })));
      for (const d of details) {
        const { code, fips, name, type, regionId, scip, markers, lanes } = d;
        expect({ code, fips, name, type, regionId, scip, markers, lanes }, code).toEqual(summaries.get(code));
        const expected = regions.flatMap((r) => r.coordinators).filter((c) => c.jurisdictions.includes(code));
        expect(d.coordinators, `${code} coordinators`).toEqual(expected);
        expect(new Set(d.markerDetails.map((m) => m.id)).size, code).toBe(25);
      }
    });

    it('GET /jurisdictions/{code} accepts a lower-case code', async () => {
      const api = client();
      const [lower, upper] = await Promise.all([api.get('jurisdiction', { code: 'tx' }), api.get('jurisdiction', { code: 'TX' })]);
      expect(lower).toEqual(upper);
    });

    it('an unknown code is a 404 problem+json the client reports as ApiError', async () => {
      await expect(client().get('jurisdiction', { code: 'ZZ' })).rejects.toMatchObject({ status: 404, title: 'Not Found' });
      await expect(client().get('jurisdiction', { code: 'ZZ' })).rejects.toBeInstanceOf(ApiError);
      const { status, type, problem } = await problemOf(getTarget(), '/jurisdictions/ZZ');
      expect(status).toBe(404);
      expect(type).toMatch(/^application\/problem\+json/);
      expect(problem).toMatchObject({ status: 404, title: 'Not Found' });
      expect(problem.detail).toMatch(/ZZ/);
    });

    it('a code with SQL or markup in it is a plain 404, not an error', async () => {
      for (const raw of ["TX' OR '1'='1", '<script>alert(1)</script>', 'TX;DROP TABLE jurisdictions']) {
        const { status, problem } = await problemOf(getTarget(), `/jurisdictions/${encodeURIComponent(raw)}`);
        expect(status, raw).toBe(404);
        expect(problem.status).toBe(404);
      }
    });

    it('answers JSON as application/json', async () => {
      const target = getTarget();
      for (const path of ['/meta', '/regions', '/jurisdictions', '/jurisdictions/TX']) {
        const res = await target.fetch(`${target.baseUrl}/api/v1${path}`);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('Content-Type'), path).toMatch(/^application\/json/);
      }
    });

    // writes last: the reads above check the sample data as seeded
    writeContract(getTarget);
  });
}
