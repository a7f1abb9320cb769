// The write mutations over the mock API: the optimistic change is in the caches at once, the
// server's answer (and new ETag) replaces it, a refusal rolls it back and says why.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMockFaults } from '../../mocks/faults';
import { resetState } from '../../mocks/store/store';
import { etagFor } from '../../src/api/etags';
import { jurisdictionQuery, jurisdictionsQuery } from '../../src/api/queries';
import { useJurisdictionWithEtag, useWriteMutation } from '../../src/api/write-queries';
import { ApiWriteError, write } from '../../src/api/writes';
import { setAccessToken } from '../../src/api/writes-token';

const R6 = 'dev-editor-r6-9b1e47c3d2';
let client: QueryClient;
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
const statusIn = (code: string) => ({
  detail: client.getQueryData(jurisdictionQuery(code).queryKey)?.scip.status,
  summary: client.getQueryData(jurisdictionsQuery().queryKey)?.find((s) => s.code === code)?.scip.status,
});

beforeEach(async () => {
  await resetState();
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await Promise.all([client.prefetchQuery(jurisdictionQuery('TX')), client.prefetchQuery(jurisdictionQuery('GA')), client.prefetchQuery(jurisdictionsQuery())]);
  setAccessToken(R6);
});
afterEach(() => setAccessToken(null));

describe('useWriteMutation', () => {
  it('shows the change at once in the detail and the list, then keeps the server answer and its new ETag', async () => {
    const before = etagFor('/api/v1/jurisdictions/TX');
    expect(statusIn('TX')).toEqual({ detail: 'workshop-scheduled', summary: 'workshop-scheduled' });
    setMockFaults({ latencyMs: 300 });
    const { result } = renderHook(() => ({ save: useWriteMutation('scip'), tx: useJurisdictionWithEtag('TX') }), { wrapper });
    act(() => result.current.save.mutate({ params: { code: 'TX' }, body: { status: 'current' }, ifMatch: before }));
    await waitFor(() => expect(statusIn('TX')).toEqual({ detail: 'current', summary: 'current' }));
    expect(result.current.save.isPending).toBe(true);
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));
    expect(result.current.save.data?.data.scip.status).toBe('current');
    expect(result.current.tx.etag).not.toBe(before);
    expect(result.current.tx.etag).toBe(result.current.save.data?.etag);
    await waitFor(() => expect(statusIn('TX')).toEqual({ detail: 'current', summary: 'current' }));
  });

  it('rolls back a refused write (Region 6 editor on Georgia) and reports the 403', async () => {
    const original = statusIn('GA');
    setMockFaults({ latencyMs: 300 });
    const { result } = renderHook(() => useWriteMutation('scip'), { wrapper });
    const next = original.detail === 'overdue' ? 'current' : 'overdue';
    act(() => result.current.mutate({ params: { code: 'GA' }, body: { status: next }, ifMatch: etagFor('/api/v1/jurisdictions/GA') }));
    await waitFor(() => expect(statusIn('GA').detail).toBe(next));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(statusIn('GA')).toEqual(original);
    const error = result.current.error;
    expect(error).toBeInstanceOf(ApiWriteError);
    expect((error as ApiWriteError).status).toBe(403);
    expect((error as ApiWriteError).detail).toMatch(/Region 6/);
  });

  it('a 412 rolls back too, carries the current ETag, and the refetch brings theirs into the cache', async () => {
    const old = etagFor('/api/v1/jurisdictions/TX');
    await write('notes', { code: 'TX' }, { notes: 'Theirs.' }, old, { token: 'dev-admin-3a6f0e8b51c7d9' });
    const { result } = renderHook(() => ({ save: useWriteMutation('notes'), tx: useJurisdictionWithEtag('TX') }), { wrapper });
    act(() => result.current.save.mutate({ params: { code: 'TX' }, body: { notes: 'Mine.' }, ifMatch: old }));
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    const error = result.current.save.error as ApiWriteError;
    expect(error.status).toBe(412);
    await waitFor(() => expect(result.current.tx.data?.notes).toBe('Theirs.'));
    expect(result.current.tx.etag).toBe(error.currentEtag);
  });
});

describe('write()', () => {
  it('refuses a body the write schema rejects before sending it, with the field named', async () => {
    const e = await write('marker', { code: 'TX', markerId: 'M01' }, { level: 'excellent' as never }, '*').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ApiWriteError);
    expect((e as ApiWriteError).status).toBe(422);
    expect(Object.keys((e as ApiWriteError).fieldErrors)).toEqual(['level']);
  });
});
