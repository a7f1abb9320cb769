/**
 * The bearer-authenticated requests that are not in ENDPOINTS or WRITE_ENDPOINTS (history,
 * audit, CSV import), over the write client's plumbing (sendAuthed: session token, mock or
 * network transport, problem+json refusals as ApiWriteError), with the JSON body checked by zod.
 */
import type { z } from 'zod';
import { contractErrorFrom } from './errors';
import { API_PREFIX } from './schemas';
import { sendAuthed } from './writes-http';

export interface AuthedRequest {
  method?: 'GET' | 'POST';
  /** path below /api/v1 with its query string, e.g. "/audit?limit=50" */
  path: string;
  /** defaults to the session's token */
  token?: string | null | undefined;
  body?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

export function authedFetch(req: AuthedRequest): Promise<Response> {
  return sendAuthed({
    method: req.method ?? 'GET',
    path: `${API_PREFIX}${req.path}`,
    headers: req.headers ?? {},
    ...(req.body === undefined ? {} : { body: req.body }),
    signal: req.signal,
    token: req.token,
  });
}

export async function authedJson<S extends z.ZodType>(req: AuthedRequest, schema: S): Promise<z.output<S>> {
  const response = await authedFetch(req);
  const endpoint = `${req.method ?? 'GET'} ${API_PREFIX}${req.path.split('?')[0] ?? ''}`;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw contractErrorFrom(endpoint, parsed.error, body);
  return parsed.data;
}
