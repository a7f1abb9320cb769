/**
 * msw 2 handlers for the `/api/v1` contract, serving the deterministic sample dataset.
 * Paths match any origin (`*\/api/v1/...`), so the same handlers serve the browser
 * (a worker, mocks/api-worker.ts) and node tests (setupServer). Faults (mocks/faults.ts) are read at
 * every request. Reads serve the stored, editable state (mocks/store/) with strong ETags;
 * a `version` fault serves that generated snapshot instead (read-only).
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { API_PREFIX, type JurisdictionSummary, type Problem } from '../src/api/schemas';
import type { SampleDataset } from '../src/sample-data/seed';
import { sampleDatasetAtVersion } from '../src/sample-data/advance';
import { auditHandlers } from './audit-handlers';
import { findCoordinator, summariesOf, type MockState, type Representation } from './store/state';
import { currentState, representationOf, resetState } from './store/store';
import { writeHandlers } from './write-handlers';
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

/** What a read serves: the stored state, or (with a `version` fault) that generated snapshot. */
interface ReadView {
  ds: SampleDataset;
  /** the body + ETag of a resource of the stored state; null for a generated snapshot */
  rep: (key: string, value: () => unknown) => Representation | null;
}

// a state object is replaced, never changed in place, by a write: its summaries can be kept with it
const summaryMemo = new WeakMap<MockState, JurisdictionSummary[]>();

async function readView(faults: MockFaults): Promise<ReadView> {
  if (faults.version !== undefined) return { ds: datasetFor(faults.version), rep: () => null };
  const state = await currentState();
  let summaries = summaryMemo.get(state);
  if (!summaries) {
    summaries = summariesOf(state);
    summaryMemo.set(state, summaries);
  }
  const ds: SampleDataset = { meta: state.meta, regions: state.regions, details: state.details, summaries };
  return { ds, rep: representationOf };
}

/**
 * Runs the common fault steps (latency, fail), then `respond` with the data and faults.
 */
function withFaults(endpoint: EndpointName, respond: (view: ReadView, faults: MockFaults, request: Request) => Response) {
  return async ({ request }: { request: Request }): Promise<Response> => {
    const faults = faultsFor(request);
    if (faults.latencyMs) await delay(faults.latencyMs);
    if (failsEndpoint(faults, endpoint)) {
      return problem(500, 'Internal Server Error', `The ${endpoint} service failed (injected mock fault).`, pathOf(request));
    }
    return respond(await readView(faults), faults, request);
  };
}

/** the stored bytes with their ETag when untampered; else the (tampered) body as it is */
function json(body: unknown, rep: Representation | null = null, tampered = false): Response {
  if (rep && !tampered) {
    return new HttpResponse(rep.body, { headers: { ...JSON_HEADERS, 'Content-Type': 'application/json', ETag: rep.etag } });
  }
  return HttpResponse.json(body as JsonBodyType, { headers: JSON_HEADERS });
}
const isMalformed = (faults: MockFaults, endpoint: EndpointName) => faults.malformed?.includes(endpoint) ?? false;
const tamperedRead = (faults: MockFaults, endpoint: EndpointName) => Boolean(faults.xss) || isMalformed(faults, endpoint);

const readHandlers = [
  http.get(
    `*${API_PREFIX}/meta`,
    withFaults('meta', ({ ds, rep }, faults) => {
      const meta = faults.xss ? xssMeta(ds.meta) : ds.meta;
      return json(isMalformed(faults, 'meta') ? malformMeta(meta) : meta, rep('meta', () => ds.meta), tamperedRead(faults, 'meta'));
    }),
  ),

  http.get(
    `*${API_PREFIX}/regions`,
    withFaults('regions', ({ ds, rep }, faults) => {
      const regions = faults.xss ? xssRegions(ds.regions) : ds.regions;
      return json(isMalformed(faults, 'regions') ? malformRegions(regions) : regions, rep('regions', () => ds.regions), tamperedRead(faults, 'regions'));
    }),
  ),

  http.get(
    `*${API_PREFIX}/jurisdictions`,
    withFaults('jurisdictions', ({ ds, rep }, faults) => {
      const list = faults.xss ? ds.summaries.map(xssSummary) : ds.summaries;
      return json(isMalformed(faults, 'jurisdictions') ? malformSummaries(list) : list, rep('summaries', () => ds.summaries), tamperedRead(faults, 'jurisdictions'));
    }),
  ),

  http.get(
    `*${API_PREFIX}/jurisdictions/:code`,
    withFaults('jurisdiction', ({ ds, rep }, faults, request) => {
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
      return json(isMalformed(faults, 'jurisdiction') ? malformDetail(body) : body, rep(`detail:${detail.code}`, () => detail), tamperedRead(faults, 'jurisdiction'));
    }),
  ),

  // one coordinator, with the ETag its writes' If-Match must carry (as the server serves it)
  http.get(`*${API_PREFIX}/coordinators/:id`, async ({ request, params }) => {
    const id = typeof params.id === 'string' ? decodeURIComponent(params.id) : '';
    const found = findCoordinator(await currentState(), id);
    if (!found) return problem(404, 'Not Found', `No coordinator with id "${id.slice(0, 32)}".`, pathOf(request));
    return json(found.coordinator, representationOf(`coordinator:${id}`, () => found.coordinator));
  }),
];

/** Back to the generated sample data ("Reset sample data" in the account menu; mock only, no token). */
const resetHandler = http.post('*/__mock/reset', async () => {
  await resetState();
  return new HttpResponse(null, { status: 204 });
});

export const handlers = [...readHandlers, ...auditHandlers, ...writeHandlers, resetHandler];
