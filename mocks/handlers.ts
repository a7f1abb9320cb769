/**
 * msw 2 handlers for the `/api/v1` contract, serving the deterministic sample dataset.
 * Paths match any origin (`*\/api/v1/...`), so the same handlers serve the browser
 * (a worker, mocks/api-worker.ts) and node tests (setupServer). Faults (mocks/faults.ts) are read at
 * every request.
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { API_PREFIX, type Problem } from '../src/api/schemas';
import type { SampleDataset } from '../src/sample-data/seed';
import { sampleDatasetAtVersion } from '../src/sample-data/advance';
import { failsEndpoint, faultsFor, type EndpointName, type MockFaults } from './faults';
import {
  malformDetail,
  malformMeta,
  malformRegions,
  malformSummaries,
  xssDetail,
  xssMeta,
  xssRegions,
  xssSummary,
} from './tamper';

const datasets = new Map<number, SampleDataset>();

/** The dataset advanced `version` times (memoised; datasets are never mutated). */
export function datasetFor(version = 0): SampleDataset {
  let ds = datasets.get(version);
  if (!ds) {
    ds = sampleDatasetAtVersion(version);
    datasets.set(version, ds);
  }
  return ds;
}

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' };
const JSON_HEADERS = { 'Cache-Control': 'no-store' };

function problem(status: number, title: string, detail: string, instance: string): Response {
  const body: Problem = { type: 'about:blank', title, status, detail, instance };
  return HttpResponse.json(body, { status, headers: PROBLEM_HEADERS });
}

const pathOf = (request: Request): string => new URL(request.url).pathname;

/**
 * Runs the common fault steps (latency, fail), then `respond` with the dataset and faults.
 */
function withFaults(
  endpoint: EndpointName,
  respond: (ds: SampleDataset, faults: MockFaults, request: Request) => Response,
) {
  return async ({ request }: { request: Request }): Promise<Response> => {
    const faults = faultsFor(request);
    if (faults.latencyMs) await delay(faults.latencyMs);
    if (failsEndpoint(faults, endpoint)) {
      return problem(500, 'Internal Server Error', `The ${endpoint} service failed (injected mock fault).`, pathOf(request));
    }
    return respond(datasetFor(faults.version ?? 0), faults, request);
  };
}

const json = (body: unknown): Response => HttpResponse.json(body as JsonBodyType, { headers: JSON_HEADERS });
const isMalformed = (faults: MockFaults, endpoint: EndpointName) => faults.malformed?.includes(endpoint) ?? false;

export const handlers = [
  http.get(
    `*${API_PREFIX}/meta`,
    withFaults('meta', (ds, faults) => {
      const meta = faults.xss ? xssMeta(ds.meta) : ds.meta;
      return json(isMalformed(faults, 'meta') ? malformMeta(meta) : meta);
    }),
  ),

  http.get(
    `*${API_PREFIX}/regions`,
    withFaults('regions', (ds, faults) => {
      const regions = faults.xss ? xssRegions(ds.regions) : ds.regions;
      return json(isMalformed(faults, 'regions') ? malformRegions(regions) : regions);
    }),
  ),

  http.get(
    `*${API_PREFIX}/jurisdictions`,
    withFaults('jurisdictions', (ds, faults) => {
      const list = faults.xss ? ds.summaries.map(xssSummary) : ds.summaries;
      return json(isMalformed(faults, 'jurisdictions') ? malformSummaries(list) : list);
    }),
  ),

  http.get(
    `*${API_PREFIX}/jurisdictions/:code`,
    withFaults('jurisdiction', (ds, faults, request) => {
      const raw = decodeURIComponent(pathOf(request).split('/').pop() ?? '');
      const detail = ds.details[raw.toUpperCase()];
      if (!detail) {
        return problem(
          404,
          'Not Found',
          `No jurisdiction with code "${raw}". Use one of the 56 two-letter USPS codes, e.g. TX.`,
          pathOf(request),
        );
      }
      const body = faults.xss ? xssDetail(detail) : detail;
      return json(isMalformed(faults, 'jurisdiction') ? malformDetail(body) : body);
    }),
  ),
];
