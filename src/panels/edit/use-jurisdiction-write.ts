/**
 * A Save for the edit forms over the write mutations (optimistic update, rollback, refetch
 * after any outcome: a 412 thus brings their version into the cache for the conflict dialog).
 *
 * If-Match is the version the form was opened on (captured when the hook mounts, i.e. when
 * the form opens), not whatever a live update brought in since: otherwise a change someone
 * made while this form was open would be overwritten without the conflict dialog. After a
 * save it moves to the version saved; after a 412 to theirs, so "Apply mine on top of
 * theirs" is sent against their version.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { etagFor } from '../../api/etags';
import { coordinatorKey, jurisdictionPath, useWriteMutation } from '../../api/write-queries';
import { ApiWriteError, type WriteBody, type WriteParams } from '../../api/writes';
import { API_PREFIX, type Coordinator } from '../../api/schemas';
import type { MarkerChange } from './MarkerEditForm';

type JurisdictionEndpoint = 'scip' | 'swic' | 'governance' | 'notes' | 'taCreate' | 'taPatch' | 'marker';

/** the base version of one open form, and how it moves */
function useBaseVersion(current: () => string | null) {
  const base = useRef<string | null | undefined>(undefined);
  if (base.current === undefined) base.current = current();
  return {
    get: () => base.current ?? current(),
    /** after a refusal: a 412 moves the base to theirs (the current ETag it names, or the one just re-read) */
    refused: (error: unknown) => {
      if (error instanceof ApiWriteError && error.status === 412) base.current = error.currentEtag ?? current();
    },
    saved: (etag: string | null) => {
      base.current = etag ?? current();
    },
  };
}

function useJurisdictionSend<E extends JurisdictionEndpoint>(endpoint: E, code: string) {
  const { mutateAsync } = useWriteMutation(endpoint);
  const version = useBaseVersion(() => etagFor(jurisdictionPath(code)));
  return async (params: WriteParams<E>, body: WriteBody<E>) => {
    try {
      const result = await mutateAsync({ params, body, ifMatch: version.get() });
      version.saved(result.etag);
    } catch (error) {
      version.refused(error);
      throw error;
    }
  };
}

export function useJurisdictionWrite<E extends Exclude<JurisdictionEndpoint, 'taPatch' | 'marker'>>(endpoint: E, code: string) {
  const send = useJurisdictionSend(endpoint, code);
  const sendRef = useRef(send);
  sendRef.current = send;
  return useCallback((body: WriteBody<E>) => sendRef.current({ code } as WriteParams<E>, body), [code]);
}

export function useTaStatusWrite(code: string, taId: string) {
  const send = useJurisdictionSend('taPatch', code);
  const sendRef = useRef(send);
  sendRef.current = send;
  return useCallback((body: WriteBody<'taPatch'>) => sendRef.current({ code, taId }, body), [code, taId]);
}

/** one write per changed marker, in order; each answer's ETag is the next one's If-Match */
export function useMarkersWrite(code: string) {
  const send = useJurisdictionSend('marker', code);
  const sendRef = useRef(send);
  sendRef.current = send;
  return useCallback(
    async (changes: MarkerChange[]) => {
      for (const { markerId, patch } of changes) await sendRef.current({ code, markerId }, patch);
    },
    [code],
  );
}

/** contact or coverage of a coordinator: If-Match is the ETag of GET /coordinators/{id} */
export function useCoordinatorWrite<E extends 'coordinator' | 'coverage'>(endpoint: E, id: string) {
  const client = useQueryClient();
  const { mutateAsync } = useWriteMutation(endpoint);
  const version = useBaseVersion(
    () =>
      etagFor(`${API_PREFIX}/coordinators/${encodeURIComponent(id)}`) ??
      client.getQueryData<{ coordinator: Coordinator; etag: string | null }>(coordinatorKey(id))?.etag ??
      null,
  );
  const versionRef = useRef(version);
  versionRef.current = version;
  return useCallback(
    async (body: WriteBody<E>) => {
      try {
        const result = await mutateAsync({ params: { id } as WriteParams<E>, body, ifMatch: versionRef.current.get() });
        versionRef.current.saved(result.etag);
      } catch (error) {
        versionRef.current.refused(error);
        throw error;
      }
    },
    [mutateAsync, id],
  );
}
