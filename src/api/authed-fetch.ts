/**
 * A bearer-authenticated request to `/api/v1` for the reads and uploads that are not in
 * ENDPOINTS (history, audit, CSV import): same transport (mock or network), same ApiError
 * with the problem+json title/detail, and the body checked with a zod schema when JSON.
 */
import type { z } from 'zod';
import { apiBaseUrl } from './config';
import { ApiError, contractErrorFrom } from './errors';
import { API_PREFIX, Problem } from './schemas';
import { requestTransport } from './transport';

export interface AuthedRequest {
  method?: 'GET' | 'POST';
  /** path below /api/v1 with its query string, e.g. "/audit?limit=50" */
  path: string;
  token: string | null;
  body?: string;
  contentType?: string;
  accept?: string;
  signal?: AbortSignal | undefined;
}

export async function authedFetch(req: AuthedRequest): Promise<Response> {
  const method = req.method ?? 'GET';
  const endpoint = `${method} ${API_PREFIX}${req.path.split('?')[0] ?? ''}`;
  const headers: Record<string, string> = { Accept: req.accept ?? 'application/json' };
  if (req.token) headers.Authorization = `Bearer ${req.token}`;
  if (req.contentType) headers['Content-Type'] = req.contentType;
  const doFetch = (await requestTransport()) ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(`${apiBaseUrl}${API_PREFIX}${req.path}`, { method, headers, body: req.body ?? null, signal: req.signal ?? null });
  } catch (cause) {
    if (req.signal?.aborted) throw cause;
    throw new ApiError({ endpoint, status: 0, title: 'Network error', detail: 'The data service could not be reached.', cause });
  }
  if (!response.ok) {
    let problem: { title: string; detail?: string | undefined } = { title: response.statusText || `HTTP ${response.status}` };
    if (/json/i.test(response.headers.get('Content-Type') ?? '')) {
      const parsed = Problem.safeParse(await response.json().catch(() => null));
      if (parsed.success) problem = { title: parsed.data.title, detail: parsed.data.detail };
    }
    throw new ApiError({ endpoint, status: response.status, ...problem });
  }
  return response;
}

export async function authedJson<S extends z.ZodType>(req: AuthedRequest, schema: S): Promise<z.output<S>> {
  const response = await authedFetch(req);
  const endpoint = `${req.method ?? 'GET'} ${API_PREFIX}${req.path.split('?')[0] ?? ''}`;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw contractErrorFrom(endpoint, parsed.error, body);
  return parsed.data;
}
