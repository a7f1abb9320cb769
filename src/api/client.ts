/**
 * Typed, framework-free GET client for the `/api/v1` contract. Every body is checked with
 * the endpoint's zod schema; nothing unvalidated reaches the app.
 *
 *   const tx = await apiGet('jurisdiction', { code: 'TX' });   // JurisdictionDetail
 *   const meta = await apiGet('meta', undefined, { signal });  // Meta
 *
 * Every request has a timeout (VITE_API_TIMEOUT_MS, or per call): a request that gets no
 * answer in time fails with ApiTimeoutError, so a hung proxy reads as "no answer", never
 * as data that is merely late. The caller's signal (TanStack Query's) still cancels it.
 */
import type { z } from 'zod';
import { apiBaseUrl, requestTimeoutMs } from './config';
import { recordEtag } from './etags';
import { requestTransport, type Transport } from './transport';
import { ApiContractError, ApiError, ApiTimeoutError, contractErrorFrom } from './errors';
import { API_PREFIX, ENDPOINTS, Problem } from './schemas';

export type EndpointKey = keyof typeof ENDPOINTS;
type PathOf<K extends EndpointKey> = (typeof ENDPOINTS)[K]['path'];
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** `{ code: string }` for '/jurisdictions/{code}', `undefined` for paths without parameters */
export type EndpointParams<K extends EndpointKey> = [ParamNames<PathOf<K>>] extends [never]
  ? undefined
  : Record<ParamNames<PathOf<K>>, string>;
/** the parsed body type of an endpoint (inferred from its schema) */
export type EndpointData<K extends EndpointKey> = z.output<(typeof ENDPOINTS)[K]['schema']>;

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** ms to wait for the whole answer (headers and body); default: the client's timeout */
  timeoutMs?: number | undefined;
}

type Args<K extends EndpointKey> =
  EndpointParams<K> extends undefined
    ? [params?: undefined, options?: RequestOptions]
    : [params: EndpointParams<K>, options?: RequestOptions];

export interface ApiClientOptions {
  /** origin or path prefix without trailing slash ('' = same origin) */
  baseUrl?: string;
  /** defaults to the global fetch (looked up at call time, so test interceptors apply) */
  fetch?: typeof fetch;
  /** ms per request unless a call says otherwise (default: VITE_API_TIMEOUT_MS) */
  timeoutMs?: number;
}

export interface ApiClient {
  get<K extends EndpointKey>(key: K, ...args: Args<K>): Promise<EndpointData<K>>;
  /** the request path for an endpoint, without the base URL, e.g. "/api/v1/jurisdictions/TX" */
  pathFor<K extends EndpointKey>(key: K, params?: EndpointParams<K>): string;
}

function buildPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new TypeError(`apiGet: missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

const isAbort = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'name' in e && (e as { name: unknown }).name === 'AbortError';

async function problemFrom(response: Response): Promise<{ title: string; detail?: string | undefined }> {
  const fallback = { title: response.statusText || `HTTP ${response.status}` };
  const type = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(type)) return fallback;
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? { title: parsed.data.title || fallback.title, detail: parsed.data.detail } : fallback;
  } catch {
    return fallback;
  }
}

/** The caller's signal and a timeout as one signal; `timedOut()` says which one fired. */
function deadline(caller: AbortSignal | undefined, ms: number): { signal: AbortSignal; timedOut: () => boolean } {
  const timer = AbortSignal.timeout(ms);
  const signal = caller ? AbortSignal.any([caller, timer]) : timer;
  return { signal, timedOut: () => timer.aborted && !caller?.aborted };
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? apiBaseUrl).replace(/\/+$/, '');
  const defaultTimeoutMs = options.timeoutMs ?? requestTimeoutMs;

  function pathFor<K extends EndpointKey>(key: K, params?: EndpointParams<K>): string {
    return `${API_PREFIX}${buildPath(ENDPOINTS[key].path, params as Record<string, string> | undefined)}`;
  }

  async function get<K extends EndpointKey>(key: K, ...args: Args<K>): Promise<EndpointData<K>> {
    const [params, requestOptions] = args as [EndpointParams<K> | undefined, RequestOptions | undefined];
    const path = pathFor(key, params);
    const endpoint = `GET ${path}`;
    let doFetch: Transport;
    try {
      doFetch = options.fetch ?? (await requestTransport()) ?? globalThis.fetch;
    } catch (cause) {
      throw new ApiError({
        endpoint,
        status: 0,
        title: 'Mock API unavailable',
        detail: 'The built-in sample-data service could not start in this browser.',
        message: `${endpoint}: the built-in sample-data service could not start (${cause instanceof Error ? cause.message : String(cause)}).`,
        cause,
      });
    }

    const timeoutMs = requestOptions?.timeoutMs ?? defaultTimeoutMs;
    const { signal, timedOut } = deadline(requestOptions?.signal, timeoutMs);
    let response: Response;
    try {
      // no-cache: reads may be cached by a proxy (Cache-Control: public, max-age), but the app
      // revalidates every time (a 304 is cheap), so a refetch after a write never sees the old version
      response = await doFetch(`${baseUrl}${path}`, { method: 'GET', headers: { Accept: 'application/json' }, signal, cache: 'no-cache' });
    } catch (cause) {
      if (timedOut()) throw new ApiTimeoutError(endpoint, timeoutMs);
      if (isAbort(cause) || requestOptions?.signal?.aborted) throw cause;
      throw new ApiError({
        endpoint,
        status: 0,
        title: 'Network error',
        detail: 'The data service could not be reached (offline, DNS or CORS failure).',
        message: `${endpoint}: the data service could not be reached. Check your connection and try again.`,
        cause,
      });
    }

    if (!response.ok) {
      const { title, detail } = await problemFrom(response);
      if (timedOut()) throw new ApiTimeoutError(endpoint, timeoutMs);
      throw new ApiError({ endpoint, status: response.status, title, detail });
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      if (timedOut()) throw new ApiTimeoutError(endpoint, timeoutMs);
      if (isAbort(cause) || requestOptions?.signal?.aborted) throw cause;
      throw new ApiContractError(endpoint, ['(body)'], `${endpoint}: the response body is not valid JSON`);
    }

    // The schema of ENDPOINTS[key] is, by definition, the one EndpointData<K> is inferred from;
    // TypeScript cannot correlate the union of schemas with K, hence the single cast.
    const schema: z.ZodType = ENDPOINTS[key].schema;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw contractErrorFrom(endpoint, parsed.error, body);
    // the version this body is, for a later write's If-Match (src/api/etags.ts)
    recordEtag(path, response.headers.get('ETag'));
    return parsed.data as EndpointData<K>;
  }

  return { get, pathFor };
}

/** The app's client (base URL from config). */
export const apiClient: ApiClient = createApiClient();

/** `apiClient.get`: fetch, check status, validate with the endpoint's schema. */
export function apiGet<K extends EndpointKey>(key: K, ...args: Args<K>): Promise<EndpointData<K>> {
  return apiClient.get(key, ...args);
}
