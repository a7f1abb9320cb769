/**
 * Reads of the audit log: one jurisdiction's history (state panel) and the filtered audit
 * log (admin view), paged newest first by the `before` cursor, plus the CSV export.
 * Keys sit under apiKeys.all, so "invalidate the API" refreshes them too.
 */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { authedFetch, authedJson } from './authed-fetch';
import { AuditPage, type AuditEntry } from './write-schemas';

export const HISTORY_PAGE_SIZE = 10;
export const AUDIT_VIEW_PAGE_SIZE = 50;

export interface AuditFilters {
  entity?: AuditEntry['entity'] | undefined;
  /** the display name of who made the change */
  actor?: string | undefined;
  /** yyyy-mm-dd, inclusive */
  from?: string | undefined;
  to?: string | undefined;
}

export const historyKeys = {
  all: ['api', 'history'] as const,
  jurisdiction: (code: string) => ['api', 'history', 'jurisdiction', code.toUpperCase()] as const,
  audit: (filters: AuditFilters) => ['api', 'history', 'audit', filters] as const,
};

/** query string of the filters (empty ones left out); `to` includes the whole day */
export function auditSearch(filters: AuditFilters, extra: Record<string, string | number | undefined> = {}): string {
  const p = new URLSearchParams();
  if (filters.entity) p.set('entity', filters.entity);
  if (filters.actor?.trim()) p.set('actor', filters.actor.trim());
  if (filters.from) p.set('from', `${filters.from}T00:00:00Z`);
  if (filters.to) p.set('to', `${filters.to}T23:59:59.999Z`);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const jurisdictionHistoryQuery = (code: string, token: string | null) =>
  infiniteQueryOptions({
    queryKey: historyKeys.jurisdiction(code),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      authedJson(
        { path: `/jurisdictions/${encodeURIComponent(code.toUpperCase())}/history${auditSearch({}, { limit: HISTORY_PAGE_SIZE, before: pageParam })}`, token, signal },
        AuditPage,
      ),
    getNextPageParam: (last) => last.next ?? undefined,
    retry: false,
  });

export const auditLogQuery = (filters: AuditFilters, token: string | null) =>
  infiniteQueryOptions({
    queryKey: historyKeys.audit(filters),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      authedJson({ path: `/audit${auditSearch(filters, { limit: AUDIT_VIEW_PAGE_SIZE, before: pageParam })}`, token, signal }, AuditPage),
    getNextPageParam: (last) => last.next ?? undefined,
    retry: false,
  });

/** disabled until someone is signed in (the history needs a valid token) */
export const useJurisdictionHistory = (code: string, token: string | null) =>
  useInfiniteQuery({ ...jurisdictionHistoryQuery(code, token), enabled: token !== null });

export const useAuditLog = (filters: AuditFilters, token: string | null) =>
  useInfiniteQuery({ ...auditLogQuery(filters, token), enabled: token !== null });

/** the filtered audit log as CSV (needs the bearer, so it is fetched, not linked) */
export async function fetchAuditCsv(filters: AuditFilters, token: string | null): Promise<Blob> {
  const response = await authedFetch({ path: `/audit.csv${auditSearch(filters)}`, token, headers: { Accept: 'text/csv' } });
  return response.blob();
}

/** the newest `limit` entries of one user on one kind of entity (e.g. what an import just wrote) */
export function fetchLatestAudit(filters: AuditFilters, limit: number, token?: string | null) {
  return authedJson({ path: `/audit${auditSearch(filters, { limit })}`, token }, AuditPage);
}
