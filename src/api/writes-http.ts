/**
 * The request plumbing the write client and the authenticated reads share: the session's
 * bearer, the mock transport, problem+json refusals turned into ApiWriteError.
 */
import { currentAccessToken } from './writes-token';
import { apiBaseUrl } from './config';
import { ApiError } from './errors';
import { requestTransport } from './transport';

/** field errors a 422 carries (`errors: [{ path, message }]`), keyed by the dotted path ('' = the body) */
export type FieldErrors = Record<string, string>;

/** A refused request: ApiError plus the whole problem body, its field errors and (412) the current ETag. */
export class ApiWriteError extends ApiError {
  /** the problem+json body as sent, extensions included (null when the body was not problem+json) */
  readonly problem: Record<string, unknown> | null;
  /** 412: the resource's current ETag, when the server sent one */
  readonly currentEtag: string | null;
  readonly fieldErrors: FieldErrors;

  constructor(init: ConstructorParameters<typeof ApiError>[0] & { problem: Record<string, unknown> | null; currentEtag: string | null }) {
    super(init);
    this.problem = init.problem;
    this.currentEtag = init.currentEtag;
    this.fieldErrors = fieldErrorsOf(init.problem);
  }
}

export function fieldErrorsOf(problem: Record<string, unknown> | null): FieldErrors {
  const out: FieldErrors = {};
  const errors = problem?.errors;
  if (!Array.isArray(errors)) return out;
  for (const e of errors as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const { path, message } = e as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    const key = typeof path === 'string' ? path : Array.isArray(path) ? path.map(String).join('.') : '';
    out[key] ??= message;
  }
  return out;
}

export interface AuthedRequest {
  method: string;
  /** path under the API origin, e.g. "/api/v1/jurisdictions/TX/scip" */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | undefined;
  /** defaults to the session's token */
  token?: string | null | undefined;
  /** defaults to the app's API base URL */
  baseUrl?: string | undefined;
  fetch?: typeof fetch | undefined;
}

async function problemOf(response: Response): Promise<Record<string, unknown> | null> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Sends the request; a non-2xx answer throws ApiWriteError, an unreachable API ApiError (status 0). */
export async function sendAuthed(req: AuthedRequest): Promise<Response> {
  const endpoint = `${req.method} ${req.path}`;
  const token = req.token === undefined ? currentAccessToken() : req.token;
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    const doFetch = req.fetch ?? (await requestTransport()) ?? globalThis.fetch;
    response = await doFetch(`${(req.baseUrl ?? apiBaseUrl).replace(/\/+$/, '')}${req.path}`, {
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: req.body }),
      signal: req.signal ?? null,
    });
  } catch (cause) {
    if (req.signal?.aborted) throw cause;
    throw new ApiError({
      endpoint,
      status: 0,
      title: 'Network error',
      detail: 'The data service could not be reached, so nothing was saved.',
      message: `${endpoint}: the data service could not be reached; nothing was saved.`,
      cause,
    });
  }
  if (response.ok) return response;
  const problem = await problemOf(response);
  const title = typeof problem?.title === 'string' ? problem.title : response.statusText || `HTTP ${response.status}`;
  const detail = typeof problem?.detail === 'string' ? problem.detail : undefined;
  throw new ApiWriteError({ endpoint, status: response.status, title, detail, problem, currentEtag: response.headers.get('ETag') });
}
