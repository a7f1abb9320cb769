/**
 * The app's query defaults in one place: retry policy, back-off and stale time live here,
 * not on each query, so a test client's `retry: false` (or any other default) means it.
 */
import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { STALE_TIME_MS, retryDelay, shouldRetry } from './queries';

export const APP_QUERY_DEFAULTS = {
  queries: { refetchOnWindowFocus: false, gcTime: 10 * 60_000, staleTime: STALE_TIME_MS, retry: shouldRetry, retryDelay },
} satisfies DefaultOptions;

export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { ...APP_QUERY_DEFAULTS.queries, ...overrides } } });
}
