/**
 * TanStack Query options and hooks for the API. Query keys live here and only here; the
 * retry policy and stale time are the client's defaults (./query-client.ts).
 * Components either call the hooks or spread the factories:
 *   useQuery({ ...jurisdictionsQuery(), refetchInterval: 60_000 })
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { ApiContractError, ApiError } from './errors';

export const STALE_TIME_MS = 60_000;
export const MAX_RETRIES = 2;

export const apiKeys = {
  /** invalidate everything from the API: queryClient.invalidateQueries({ queryKey: apiKeys.all }) */
  all: ['api'] as const,
  meta: () => ['api', 'meta'] as const,
  regions: () => ['api', 'regions'] as const,
  jurisdictions: () => ['api', 'jurisdictions'] as const,
  jurisdiction: (code: string) => ['api', 'jurisdiction', code.toUpperCase()] as const,
};

/**
 * Retry transient failures (network, 5xx, 408, 429) up to MAX_RETRIES times; never retry a
 * contract break, a 404 or any other 4xx, or an unexpected (programming) error.
 */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ApiContractError) return false;
  if (error instanceof ApiError) return error.isTransient;
  return false;
}

/** 1 s, 2 s, 4 s … capped at 10 s */
export const retryDelay = (attempt: number): number => Math.min(1000 * 2 ** attempt, 10_000);

export const metaQuery = () =>
  queryOptions({ queryKey: apiKeys.meta(), queryFn: ({ signal }) => apiGet('meta', undefined, { signal }) });

export const regionsQuery = () =>
  queryOptions({ queryKey: apiKeys.regions(), queryFn: ({ signal }) => apiGet('regions', undefined, { signal }) });

export const jurisdictionsQuery = () =>
  queryOptions({
    queryKey: apiKeys.jurisdictions(),
    queryFn: ({ signal }) => apiGet('jurisdictions', undefined, { signal }),
  });

export const jurisdictionQuery = (code: string) =>
  queryOptions({
    queryKey: apiKeys.jurisdiction(code),
    queryFn: ({ signal }) => apiGet('jurisdiction', { code: code.toUpperCase() }, { signal }),
  });

export const useMeta = () => useQuery(metaQuery());
export const useRegions = () => useQuery(regionsQuery());
export const useJurisdictions = () => useQuery(jurisdictionsQuery());
/** disabled (status 'pending', fetchStatus 'idle') while `code` is null or '' */
export const useJurisdiction = (code: string | null) =>
  useQuery({ ...jurisdictionQuery(code ?? ''), enabled: Boolean(code) });
