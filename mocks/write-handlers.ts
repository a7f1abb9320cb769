/**
 * The mock API's write routes (every entry of WRITE_ENDPOINTS), under the server's rules
 * and in its order: bearer (401) and role (403), If-Match (428), path, JSON body checked by
 * the shared write schema (415/400/422), then region (403), version (412) and the change,
 * audited, in one commit (mocks/store/store.ts).
 */
import { delay, http, HttpResponse } from 'msw';
import type { z } from 'zod';
import { API_PREFIX } from '../src/api/schemas';
import { WRITE_ENDPOINTS, type WriteEndpoint } from '../src/api/write-schemas';
import { faultsFor } from './faults';
import { putCoverage, updateCoordinatorContact } from './store/coordinator-writes';
import {
  createTaRequest,
  putNotes,
  updateGovernance,
  updateMarker,
  updateScip,
  updateSwic,
  updateTaRequest,
  type WriteCtx,
} from './store/jurisdiction-writes';
import { requireIfMatch, requireWriter } from './store/principal';
import { answering, MockProblem } from './store/problem';
import type { MockState, Representation } from './store/state';
import { commit, type Committed } from './store/store';

type Params = Record<string, string>;
type Run = (draft: MockState, ctx: WriteCtx, p: Params, body: never) => Committed<Representation>;

/** the JSON body validated by `schema`, or 415/400/422 (server/http/guards.ts jsonBody) */
export async function jsonBody(request: Request, schema: z.ZodType): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '')) throw new MockProblem(415, 'Send the body as application/json.');
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    throw new MockProblem(400, 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message.slice(0, 200) }));
    throw new MockProblem(422, `The body is not valid: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.`, { errors });
  }
  return parsed.data;
}

/** path parameters as the server checks them: codes upper-cased, ids of a known shape, else 404 */
export function checkedParams(raw: Record<string, string | readonly string[] | undefined>): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(raw)) {
    // msw also names the `*` origin wildcard ("0"): only the route's own parameters count
    if (!['code', 'markerId', 'taId', 'id'].includes(name)) continue;
    const text = decodeURIComponent(typeof value === 'string' ? value : '');
    if (name === 'code') {
      if (!/^[A-Za-z]{2}$/.test(text)) throw new MockProblem(404, `No jurisdiction with code "${text.slice(0, 16)}". Use one of the 56 two-letter USPS codes, e.g. TX.`);
      out.code = text.toUpperCase();
    } else if (name === 'markerId') {
      if (!/^M\d{2}$/.test(text)) throw new MockProblem(404, 'Marker ids are M01 to M25.');
      out.markerId = text;
    } else {
      if (!/^[\w-]{1,40}$/.test(text)) throw new MockProblem(404, name === 'taId' ? 'No TA request with that id.' : 'No coordinator with that id.');
      out[name] = text;
    }
  }
  return out;
}

const RUNS: Record<WriteEndpoint, Run> = {
  scip: (d, ctx, p, body) => updateScip(d, ctx, p.code ?? '', body),
  marker: (d, ctx, p, body) => updateMarker(d, ctx, p.code ?? '', p.markerId ?? '', body),
  taCreate: (d, ctx, p, body) => createTaRequest(d, ctx, p.code ?? '', body),
  taPatch: (d, ctx, p, body) => updateTaRequest(d, ctx, p.code ?? '', p.taId ?? '', body),
  swic: (d, ctx, p, body) => updateSwic(d, ctx, p.code ?? '', body),
  governance: (d, ctx, p, body) => updateGovernance(d, ctx, p.code ?? '', body),
  notes: (d, ctx, p, body) => putNotes(d, ctx, p.code ?? '', body),
  coordinator: (d, ctx, p, body) => updateCoordinatorContact(d, ctx, p.id ?? '', body),
  coverage: (d, ctx, p, body) => putCoverage(d, ctx, p.id ?? '', body),
};

const METHODS = { PATCH: http.patch, PUT: http.put, POST: http.post } as const;

function writeRoute(endpoint: WriteEndpoint) {
  const { method, path, body: schema } = WRITE_ENDPOINTS[endpoint];
  const created = endpoint === 'taCreate';
  return METHODS[method](`*${API_PREFIX}${path.replace(/\{(\w+)\}/g, ':$1')}`, ({ request, params }) =>
    answering(request, async () => {
      const faults = faultsFor(request);
      if (faults.latencyMs) await delay(faults.latencyMs);
      if (faults.fail === 'all') throw new MockProblem(500, `The ${endpoint} write failed (injected mock fault).`);
      const principal = requireWriter(request);
      const ifMatch = requireIfMatch(request);
      const p = checkedParams(params);
      const body = await jsonBody(request, schema);
      const rep = await commit((draft, now) => RUNS[endpoint](draft, { principal, ifMatch, now }, p, body as never));
      return new HttpResponse(rep.body, {
        status: created ? 201 : 200,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          ETag: rep.etag,
          'Cache-Control': 'no-store',
          ...(created ? { Location: `${API_PREFIX}/jurisdictions/${p.code ?? ''}` } : {}),
        },
      });
    }),
  );
}

export const writeHandlers = (Object.keys(WRITE_ENDPOINTS) as WriteEndpoint[]).map(writeRoute);
