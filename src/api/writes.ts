/**
 * The write client: one function for every route in WRITE_ENDPOINTS.
 *
 *   const { data, etag } = await write('scip', { code: 'TX' }, { status: 'current' }, etagFor('/api/v1/jurisdictions/TX'));
 *
 * The body is checked with the route's zod schema before it leaves (a bad one throws
 * ApiWriteError 422 with field errors, as the server would), the session's bearer and
 * `If-Match` go with it, and the answer is parsed with the resource's read schema. A refusal
 * throws ApiWriteError: status, problem+json body, field errors, and on 412 the current ETag.
 */
import type { z } from 'zod';
import { recordEtag } from './etags';
import { ApiContractError, contractErrorFrom } from './errors';
import { API_PREFIX, Coordinator, JurisdictionDetail } from './schemas';
import { WRITE_ENDPOINTS, type WriteEndpoint } from './write-schemas';
import { ApiWriteError, sendAuthed } from './writes-http';

export { ApiWriteError, type FieldErrors } from './writes-http';
export type { WriteEndpoint } from './write-schemas';

type PathOf<E extends WriteEndpoint> = (typeof WRITE_ENDPOINTS)[E]['path'];
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
export type WriteParams<E extends WriteEndpoint> = Record<ParamNames<PathOf<E>>, string>;
export type WriteBody<E extends WriteEndpoint> = z.input<(typeof WRITE_ENDPOINTS)[E]['body']>;

/** what each write answers with: the changed resource, as its read returns it */
export const WRITE_RESPONSES = {
  scip: JurisdictionDetail,
  marker: JurisdictionDetail,
  taCreate: JurisdictionDetail,
  taPatch: JurisdictionDetail,
  swic: JurisdictionDetail,
  governance: JurisdictionDetail,
  notes: JurisdictionDetail,
  coordinator: Coordinator,
  coverage: Coordinator,
} as const satisfies Record<WriteEndpoint, z.ZodType>;
export type WriteData<E extends WriteEndpoint> = z.output<(typeof WRITE_RESPONSES)[E]>;

export interface WriteResult<E extends WriteEndpoint> {
  data: WriteData<E>;
  /** the new version, for the next write's If-Match */
  etag: string | null;
}

export interface WriteOptions {
  signal?: AbortSignal | undefined;
  /** defaults to the session's token */
  token?: string | null | undefined;
  baseUrl?: string | undefined;
  fetch?: typeof fetch | undefined;
}

/** the path of a write, e.g. writePath('marker', { code: 'tx', markerId: 'M03' }) → "/api/v1/jurisdictions/TX/markers/M03" */
export function writePath<E extends WriteEndpoint>(endpoint: E, params: WriteParams<E>): string {
  const values = params as Record<string, string>;
  const path = WRITE_ENDPOINTS[endpoint].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new TypeError(`write: missing path parameter "${name}" for ${endpoint}`);
    return encodeURIComponent(name === 'code' ? value.toUpperCase() : value);
  });
  return `${API_PREFIX}${path}`;
}

/** the read whose ETag a write's If-Match must carry, and whose cache entry it replaces */
export function readPathFor<E extends WriteEndpoint>(endpoint: E, params: WriteParams<E>): string {
  const values = params as Record<string, string>;
  if (endpoint === 'coordinator' || endpoint === 'coverage') return `${API_PREFIX}/coordinators/${encodeURIComponent(values.id ?? '')}`;
  return `${API_PREFIX}/jurisdictions/${encodeURIComponent((values.code ?? '').toUpperCase())}`;
}

function refuseLocally(endpoint: string, error: z.ZodError): ApiWriteError {
  const errors = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const detail = `The change is not valid: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.`;
  return new ApiWriteError({
    endpoint,
    status: 422,
    title: 'Unprocessable Content',
    detail,
    problem: { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail, errors },
    currentEtag: null,
  });
}

export async function write<E extends WriteEndpoint>(
  endpoint: E,
  params: WriteParams<E>,
  body: WriteBody<E>,
  ifMatch: string | null,
  options: WriteOptions = {},
): Promise<WriteResult<E>> {
  const { method, body: bodySchema } = WRITE_ENDPOINTS[endpoint];
  const path = writePath(endpoint, params);
  const label = `${method} ${path}`;
  const checked = (bodySchema as z.ZodType).safeParse(body);
  if (!checked.success) throw refuseLocally(label, checked.error);

  const response = await sendAuthed({
    method,
    path,
    headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    body: JSON.stringify(checked.data),
    ...options,
  });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiContractError(label, ['(body)'], `${label}: the response body is not valid JSON`);
  }
  const schema: z.ZodType = WRITE_RESPONSES[endpoint];
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw contractErrorFrom(label, parsed.error, json);
  const etag = response.headers.get('ETag');
  recordEtag(readPathFor(endpoint, params), etag);
  return { data: parsed.data as WriteData<E>, etag };
}
