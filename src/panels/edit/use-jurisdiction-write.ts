/**
 * A Save for the edit forms over the write mutations (optimistic update, rollback, refetch
 * after any outcome: a 412 thus brings their version into the cache for the conflict dialog).
 * The If-Match is read when the save starts, never from an older render, so "Apply mine on
 * top of theirs" is sent against their version.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { etagFor } from '../../api/etags';
import { coordinatorKey, jurisdictionPath, useWriteMutation } from '../../api/write-queries';
import type { WriteBody, WriteParams } from '../../api/writes';
import type { Coordinator } from '../../api/schemas';
import type { MarkerChange } from './MarkerEditForm';

type JurisdictionEndpoint = 'scip' | 'swic' | 'governance' | 'notes' | 'taCreate';

export function useJurisdictionWrite<E extends JurisdictionEndpoint>(endpoint: E, code: string) {
  const { mutateAsync } = useWriteMutation(endpoint);
  return useCallback(
    async (body: WriteBody<E>) => {
      await mutateAsync({ params: { code } as WriteParams<E>, body, ifMatch: etagFor(jurisdictionPath(code)) });
    },
    [mutateAsync, code],
  );
}

export function useTaStatusWrite(code: string, taId: string) {
  const { mutateAsync } = useWriteMutation('taPatch');
  return useCallback(
    async (body: WriteBody<'taPatch'>) => {
      await mutateAsync({ params: { code, taId }, body, ifMatch: etagFor(jurisdictionPath(code)) });
    },
    [mutateAsync, code, taId],
  );
}

/** one write per changed marker, in order; each answer's ETag is the next one's If-Match */
export function useMarkersWrite(code: string) {
  const { mutateAsync } = useWriteMutation('marker');
  return useCallback(
    async (changes: MarkerChange[]) => {
      for (const { markerId, patch } of changes) {
        await mutateAsync({ params: { code, markerId }, body: patch, ifMatch: etagFor(jurisdictionPath(code)) });
      }
    },
    [mutateAsync, code],
  );
}

/** contact or coverage of a coordinator: If-Match is the ETag of GET /coordinators/{id} */
export function useCoordinatorWrite<E extends 'coordinator' | 'coverage'>(endpoint: E, id: string) {
  const client = useQueryClient();
  const { mutateAsync } = useWriteMutation(endpoint);
  return useCallback(
    async (body: WriteBody<E>) => {
      const cached = client.getQueryData<{ coordinator: Coordinator; etag: string | null }>(coordinatorKey(id));
      const ifMatch = etagFor(`/api/v1/coordinators/${encodeURIComponent(id)}`) ?? cached?.etag ?? null;
      await mutateAsync({ params: { id } as WriteParams<E>, body, ifMatch });
    },
    [client, mutateAsync, id],
  );
}
