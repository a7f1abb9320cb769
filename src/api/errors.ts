/**
 * The two ways an API call fails, framework-free:
 *   ApiError          — the request failed: HTTP non-2xx (status = HTTP status, title/detail
 *                       from an RFC 9457 problem+json body when present) or network (status 0).
 *   ApiContractError  — the server answered 2xx but the body breaks the contract (zod).
 * They are separate classes (neither extends the other): a UI can say "server unavailable"
 * for ApiError and "the data is malformed, not shown" for ApiContractError.
 */
import type { z } from 'zod';

export type ApiErrorKind = 'http' | 'network' | 'timeout';

export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  readonly kind: ApiErrorKind;
  /** e.g. "GET /api/v1/jurisdictions/TX" */
  readonly endpoint: string;
  /** HTTP status; 0 = network failure (no response) */
  readonly status: number;
  /** problem+json title, or the HTTP status text */
  readonly title: string;
  /** problem+json detail, if any */
  readonly detail: string | undefined;

  constructor(init: {
    endpoint: string;
    status: number;
    title: string;
    detail?: string | undefined;
    message?: string;
    cause?: unknown;
    kind?: ApiErrorKind;
  }) {
    const message =
      init.message ??
      `${init.endpoint} failed: ${init.status} ${init.title}${init.detail ? ` — ${init.detail}` : ''}`;
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind ?? (init.status === 0 ? 'network' : 'http');
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** network failures, 5xx, 408 and 429 may succeed if tried again */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/**
 * The API did not answer within the request timeout (a hung proxy, a dead link): no
 * response at all, as opposed to an answer that was an error. status 0, kind 'timeout';
 * transient like any network failure.
 */
export class ApiTimeoutError extends ApiError {
  override readonly name: string = 'ApiTimeoutError';
  readonly timeoutMs: number;

  constructor(endpoint: string, timeoutMs: number) {
    super({
      endpoint,
      status: 0,
      kind: 'timeout',
      title: 'No answer',
      detail: `The data service did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
      message: `${endpoint}: no answer from the data service within ${Math.round(timeoutMs / 100) / 10} s.`,
    });
    this.timeoutMs = timeoutMs;
  }
}

export function isApiTimeoutError(e: unknown): e is ApiTimeoutError {
  return e instanceof ApiTimeoutError;
}

export class ApiContractError extends Error {
  override readonly name = 'ApiContractError';
  readonly kind = 'contract' as const;
  /** e.g. "GET /api/v1/jurisdictions/TX" */
  readonly endpoint: string;
  /** failing field paths, first first, e.g. ["regionId"], ["[0].coordinators[0].email"] */
  readonly issues: string[];

  constructor(endpoint: string, issues: string[], message: string) {
    super(message);
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

/** ["[0]", "coordinators", 0, "email"] → "[0].coordinators[0].email"; [] → "(body)" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(body)' : out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Builds the error for a failed zod parse of `body` returned by `endpoint`. */
export function contractErrorFrom(endpoint: string, error: z.ZodError, body: unknown): ApiContractError {
  const issues = error.issues.map((i) => formatIssuePath(i.path));
  const first = error.issues[0];
  let why = 'does not match the contract';
  if (first) {
    if (first.code === 'invalid_type') {
      why = `expected ${first.expected}, received ${describeValue(valueAt(body, first.path))}`;
    } else {
      why = first.message.replace(/^Invalid input:\s*/i, '');
    }
  }
  const field = issues[0] ?? '(body)';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return new ApiContractError(endpoint, issues, `${endpoint}: field “${field}” is invalid (${why})${more}`);
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export function isApiContractError(e: unknown): e is ApiContractError {
  return e instanceof ApiContractError;
}

/** A short sentence for people (banners, toasts); falls back to a generic message. */
export function describeApiFailure(e: unknown): string {
  if (e instanceof ApiContractError) return 'The server sent data in an unexpected format, so it is not shown.';
  if (e instanceof ApiError) {
    if (e.kind === 'timeout') return 'The data service did not answer in time. The app will retry.';
    if (e.status === 0) return 'The data service could not be reached. Check your connection; the app will retry.';
    if (e.status === 404) return e.detail ?? 'Not found.';
    if (e.status >= 500) return `The data service failed (${e.status}). The app will retry.`;
    return e.detail ?? `${e.title} (${e.status}).`;
  }
  return 'Something went wrong while loading data.';
}
