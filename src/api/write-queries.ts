/**
 * Reads with the ETag a form sends back as If-Match, and one TanStack mutation for every
 * write, with an optimistic update of the jurisdiction detail, the summaries (map, legend,
 * table) and the regions (coordinators), rolled back if the server refuses.
 *
 *   const tx = useJurisdictionWithEtag('TX');            // tx.data, tx.etag
 *   const save = useWriteMutation('scip');
 *   save.mutate({ params: { code: 'TX' }, body: { status: 'current' }, ifMatch: tx.etag });
 *   // save.error: ApiWriteError (status, detail, fieldErrors, currentEtag on 412)
 *
 * After any outcome, success or refusal, the touched queries are refetched: a 412 thus
 * brings "their" version into the cache for the conflict dialog.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { apiKeys, jurisdictionQuery, jurisdictionsQuery, regionsQuery, useJurisdiction, useJurisdictions, useRegions } from './queries';
import { etagFor, subscribeEtags } from './etags';
import { API_PREFIX, Coordinator, type JurisdictionDetail, type JurisdictionSummary, type Region } from './schemas';
import { toSummary } from '../data/derived';
import { readPathFor, write, writePath, type WriteBody, type WriteParams, type WriteResult } from './writes';
import type { WriteEndpoint } from './write-schemas';
import { detailWithCoordinators, optimisticCoordinator, optimisticDetail, withCoordinator } from './writes-optimistic';
import { sendAuthed } from './writes-http';

/** the ETag last read (or written) for an API path; re-renders when it changes */
export function useEtag(path: string | null): string | null {
  return useSyncExternalStore(subscribeEtags, () => (path ? etagFor(path) : null), () => null);
}

export const jurisdictionPath = (code: string) => `${API_PREFIX}/jurisdictions/${encodeURIComponent(code.toUpperCase())}`;

export function useJurisdictionWithEtag(code: string | null) {
  const query = useJurisdiction(code);
  return { ...query, etag: useEtag(code ? jurisdictionPath(code) : null) };
}

export function useRegionsWithEtag() {
  return { ...useRegions(), etag: useEtag(`${API_PREFIX}/regions`) };
}

/** the list, with the ETag a real CSV import sends as If-Match */
export function useJurisdictionsWithEtag() {
  return { ...useJurisdictions(), etag: useEtag(`${API_PREFIX}/jurisdictions`) };
}

export const coordinatorKey = (id: string) => ['api', 'coordinator', id] as const;

/** one coordinator as GET /coordinators/{id} serves it, with the ETag its writes need */
export function useCoordinatorWithEtag(id: string | null) {
  const query = useQuery({
    queryKey: coordinatorKey(id ?? ''),
    enabled: Boolean(id),
    queryFn: async ({ signal }) => {
      const response = await sendAuthed({ method: 'GET', path: `${API_PREFIX}/coordinators/${encodeURIComponent(id ?? '')}`, signal, token: null });
      const etag = response.headers.get('ETag');
      return { coordinator: Coordinator.parse(await response.json()), etag };
    },
  });
  return { ...query, data: query.data?.coordinator, etag: query.data?.etag ?? null };
}

export interface WriteVariables<E extends WriteEndpoint> {
  params: WriteParams<E>;
  body: WriteBody<E>;
  /** the ETag the form read (useJurisdictionWithEtag(...).etag); null sends none (the server answers 428) */
  ifMatch: string | null;
}

interface Snapshot {
  detail?: [readonly unknown[], JurisdictionDetail | undefined];
  summaries?: JurisdictionSummary[] | undefined;
  regions?: Region[] | undefined;
  details?: [readonly unknown[], JurisdictionDetail | undefined][];
}

const isCoordinatorWrite = (e: WriteEndpoint) => e === 'coordinator' || e === 'coverage';

async function applyOptimistic<E extends WriteEndpoint>(client: QueryClient, endpoint: E, v: WriteVariables<E>): Promise<Snapshot> {
  const p = v.params as Record<string, string>;
  if (isCoordinatorWrite(endpoint)) {
    await client.cancelQueries({ queryKey: apiKeys.regions() });
    const regions = client.getQueryData(regionsQuery().queryKey);
    const details = client.getQueriesData<JurisdictionDetail>({ queryKey: ['api', 'jurisdiction'] });
    const current = regions?.flatMap((r) => r.coordinators).find((c) => c.id === p.id);
    if (regions && current) {
      const next = withCoordinator(regions, optimisticCoordinator(endpoint, v.body, current));
      client.setQueryData(regionsQuery().queryKey, next);
      for (const [key, d] of details) if (d) client.setQueryData(key, detailWithCoordinators(d, next));
    }
    return { regions, details };
  }
  const key = jurisdictionQuery(p.code ?? '').queryKey;
  await Promise.all([client.cancelQueries({ queryKey: key }), client.cancelQueries({ queryKey: apiKeys.jurisdictions() })]);
  const detail = client.getQueryData(key);
  const summaries = client.getQueryData(jurisdictionsQuery().queryKey);
  const next = detail ? optimisticDetail(endpoint, v.params, v.body, detail) : null;
  if (next) {
    client.setQueryData(key, next);
    if (summaries) client.setQueryData(jurisdictionsQuery().queryKey, summaries.map((s) => (s.code === next.code ? toSummary(next) : s)));
  }
  return { detail: [key, detail], summaries };
}

function rollBack(client: QueryClient, snapshot: Snapshot | undefined): void {
  if (!snapshot) return;
  if (snapshot.detail) client.setQueryData(snapshot.detail[0], snapshot.detail[1]);
  if (snapshot.summaries) client.setQueryData(jurisdictionsQuery().queryKey, snapshot.summaries);
  if (snapshot.regions) client.setQueryData(regionsQuery().queryKey, snapshot.regions);
  for (const [key, d] of snapshot.details ?? []) client.setQueryData(key, d);
}

function applyAnswer<E extends WriteEndpoint>(client: QueryClient, endpoint: E, result: WriteResult<E>): void {
  if (isCoordinatorWrite(endpoint)) {
    const coordinator = result.data as Coordinator;
    client.setQueryData(coordinatorKey(coordinator.id), { coordinator, etag: result.etag });
    return;
  }
  const detail = result.data as JurisdictionDetail;
  client.setQueryData(jurisdictionQuery(detail.code).queryKey, detail);
  const summaries = client.getQueryData(jurisdictionsQuery().queryKey);
  if (summaries) client.setQueryData(jurisdictionsQuery().queryKey, summaries.map((s) => (s.code === detail.code ? toSummary(detail) : s)));
}

export function useWriteMutation<E extends WriteEndpoint>(endpoint: E) {
  const client = useQueryClient();
  return useMutation<WriteResult<E>, Error, WriteVariables<E>, Snapshot>({
    mutationKey: ['write', endpoint],
    mutationFn: (v) => write(endpoint, v.params, v.body, v.ifMatch),
    onMutate: (v) => applyOptimistic(client, endpoint, v),
    onError: (_error, _v, snapshot) => rollBack(client, snapshot),
    onSuccess: (result) => applyAnswer(client, endpoint, result),
    onSettled: (_r, _e, v) => {
      const p = v.params as Record<string, string>;
      const touched = isCoordinatorWrite(endpoint)
        ? [apiKeys.regions(), ['api', 'jurisdiction'], coordinatorKey(p.id ?? '')]
        : [jurisdictionQuery(p.code ?? '').queryKey, apiKeys.jurisdictions()];
      // meta's asOf/version moved too; history lists the new audit entry
      return Promise.all([...touched, apiKeys.meta(), ['api', 'history'], ['api', 'audit']].map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export { readPathFor, writePath };
