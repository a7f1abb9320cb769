/**
 * Shared driver for the edit component tests: a fresh QueryClient (retry off), the app's
 * providers (session included), and sign-in as one of the fictional sample users.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Providers } from '../../src/app/Providers';
import { SAMPLE_SESSION_KEY } from '../../src/auth/sample-session';
import { SAMPLE_USERS } from '../../src/auth/sample-users';
import { ApiWriteError } from '../../src/api/writes';

export type SampleRole = 'viewer' | 'editor-r4' | 'editor-r6' | 'admin' | 'signed-out';
const IDS: Record<Exclude<SampleRole, 'signed-out'>, string> = {
  viewer: 'sample-viewer',
  'editor-r4': 'sample-editor-region-4',
  'editor-r6': 'sample-editor-region-6',
  admin: 'sample-admin',
};

export function userFor(role: Exclude<SampleRole, 'signed-out'>) {
  const user = SAMPLE_USERS.find((u) => u.id === IDS[role]);
  if (!user) throw new Error(`no sample user ${role}`);
  return user;
}

/** signs in (through the session's own storage) before the providers mount */
export function signInAs(role: SampleRole): void {
  if (role === 'signed-out') window.sessionStorage.removeItem(SAMPLE_SESSION_KEY);
  else window.sessionStorage.setItem(SAMPLE_SESSION_KEY, IDS[role]);
}

export function renderWithProviders(ui: ReactNode, options: { as?: SampleRole; search?: string } = {}) {
  signInAs(options.as ?? 'signed-out');
  window.history.replaceState(null, '', `/${options.search ?? ''}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  // a wrapper, so rerender keeps the same providers (and their state)
  const view = render(ui, { wrapper: ({ children }) => <Providers client={client}>{children}</Providers> });
  return { ...view, user, client };
}

/** a refusal as the write client throws it */
export function refusal(status: number, detail: string, fieldErrors: { path: string; message: string }[] = []): ApiWriteError {
  return new ApiWriteError({
    endpoint: 'PATCH /api/v1/jurisdictions/TX/scip',
    status,
    title: status === 412 ? 'Precondition Failed' : status === 403 ? 'Forbidden' : 'Unprocessable Content',
    detail,
    problem: { type: 'about:blank', title: 'refused', status, detail, errors: fieldErrors },
    currentEtag: null,
  });
}

/** a save whose promise the test settles */
export function deferredSave<B>() {
  const calls: B[] = [];
  let settle: { resolve: () => void; reject: (e: unknown) => void } | null = null;
  const save = (body: B) => {
    calls.push(body);
    return new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  return {
    save,
    calls,
    resolve: () => settle?.resolve(),
    reject: (e: unknown) => settle?.reject(e),
  };
}
