/**
 * Build-time API configuration, validated once at module load.
 *
 *   VITE_API_BASE_URL  origin or path prefix of the API ('' / unset = same origin)
 *   VITE_USE_MOCKS     'true' forces the mock API on, 'false' forces it off;
 *                      unset → mocks on unless VITE_API_BASE_URL is set
 *   VITE_API_TIMEOUT_MS how long one request may wait for its answer (default 15 000 ms:
 *                      well under the wall's 5-minute refresh, long enough for a slow link)
 */
import { z } from 'zod';

const BaseUrl = z
  .string()
  .trim()
  .refine((v) => v === '' || v.startsWith('/') || /^https?:\/\/[^\s/]+/i.test(v), {
    message: 'VITE_API_BASE_URL must be empty, a path starting with "/", or an http(s) URL',
  })
  .transform((v) => v.replace(/\/+$/, ''));

const EnvSchema = z.object({
  VITE_API_BASE_URL: BaseUrl.optional(),
  VITE_USE_MOCKS: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '']))
    .optional(),
});

export interface ApiConfig {
  /** prefix for every request, without a trailing slash ('' = same origin) */
  apiBaseUrl: string;
  /** answer API requests in the page with the msw handlers (mocks/browser.ts) */
  mocksEnabled: boolean;
}

/** Pure: derives the config from an env-like record (throws a readable Error if invalid). */
export function parseApiConfig(env: Record<string, unknown>): ApiConfig {
  const parsed = EnvSchema.safeParse({ VITE_API_BASE_URL: env.VITE_API_BASE_URL, VITE_USE_MOCKS: env.VITE_USE_MOCKS });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid API configuration: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown error'}`);
  }
  const apiBaseUrl = parsed.data.VITE_API_BASE_URL ?? '';
  const useMocks = parsed.data.VITE_USE_MOCKS;
  const mocksEnabled = useMocks === 'true' ? true : useMocks === 'false' ? false : apiBaseUrl === '';
  return { apiBaseUrl, mocksEnabled };
}

export const apiConfig: ApiConfig = parseApiConfig(import.meta.env);
export const apiBaseUrl: string = apiConfig.apiBaseUrl;
export const mocksEnabled: boolean = apiConfig.mocksEnabled;

/** default request timeout: a request that has not answered by then counts as "no answer" */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

const TimeoutSchema = z.coerce.number().int().min(100).max(600_000);

/**
 * Pure: the request timeout from an env-like record. Unset or '' → the default; anything
 * else must be an integer of milliseconds from 100 to 600 000 (throws a readable Error).
 */
export function parseRequestTimeoutMs(env: Record<string, unknown>): number {
  const raw = env.VITE_API_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_REQUEST_TIMEOUT_MS;
  const parsed = TimeoutSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid API configuration: VITE_API_TIMEOUT_MS must be 100 to 600000 ms, got "${String(raw)}"`);
  return parsed.data;
}

export const requestTimeoutMs: number = parseRequestTimeoutMs(import.meta.env);
