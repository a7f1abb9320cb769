// Sign-in as people see it: the account menu over the session, in sample mode and with an OIDC provider (a fake UserManager).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { User, UserManager } from 'oidc-client-ts';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentAccessToken } from '../../src/api/writes-token';
import { AccountMenu } from '../../src/app/AccountMenu';
import type { AuthConfig } from '../../src/auth/auth-config';
import { SAMPLE_SESSION_KEY } from '../../src/auth/sample-session';
import { SessionProvider, useSession, type SessionSource } from '../../src/auth/session';

function renderWith(source: SessionSource, extra: ReactNode = null) {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider source={source}>
        <AccountMenu />
        {extra}
      </SessionProvider>
    </QueryClientProvider>,
  );
}

function Token() {
  return <output aria-label="token">{useSession().accessToken ?? 'none'}</output>;
}

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('sample-user sign-in', () => {
  it('offers the four sample users, signs in as one, shows name, role and region, and signs out', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'sample' }, <Token />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('heading', { name: 'Sign in as a sample user' })).toBeTruthy();
    const choices = screen.getAllByRole('listitem');
    expect(choices.map((c) => c.textContent)).toEqual([
      'Vera Lindqvist — Viewer (read only)',
      'Marcus Okafor — Editor, Region 4',
      'Rosa Delgado — Editor, Region 6',
      'Avery Chen — Administrator',
    ]);
    await user.click(screen.getByRole('button', { name: 'Rosa Delgado — Editor, Region 6' }));
    const toggle = screen.getByRole('button', { name: 'Rosa Delgado (Editor)' });
    expect(document.activeElement).toBe(toggle);
    expect(currentAccessToken()).toBe('dev-editor-r6-9b1e47c3d2');
    expect(screen.getByLabelText('token').textContent).toBe('dev-editor-r6-9b1e47c3d2');
    expect(sessionStorage.getItem(SAMPLE_SESSION_KEY)).toBe('sample-editor-region-6');

    await user.click(toggle);
    expect(screen.getByText('Region 6')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(currentAccessToken()).toBeNull();
    expect(sessionStorage.getItem(SAMPLE_SESSION_KEY)).toBeNull();
  });

  it('stays signed in across a reload (sessionStorage), and Escape closes the panel back to its button', async () => {
    sessionStorage.setItem(SAMPLE_SESSION_KEY, 'sample-admin');
    const user = userEvent.setup();
    renderWith({ kind: 'sample' });
    const toggle = screen.getByRole('button', { name: 'Avery Chen (Administrator)' });
    await user.click(toggle);
    expect(screen.getByText('All regions')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('All regions')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('ignores a stored id that is no sample user', () => {
    sessionStorage.setItem(SAMPLE_SESSION_KEY, 'someone-else');
    renderWith({ kind: 'sample' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});

const CONFIG: AuthConfig = {
  issuer: 'http://127.0.0.1:9999/oidc',
  clientId: 'rcm-dashboard',
  scopes: 'openid profile email',
  roleClaim: 'rcm_role',
  regionClaim: 'rcm_region',
  nameClaim: 'name',
  roleMap: { 'rcm-editor': 'editor', 'rcm-admin': 'admin' },
};

function fakeManager(user: Partial<User> | null) {
  const handlers = new Map<string, (u?: unknown) => void>();
  const on = (name: string) => (fn: (u?: unknown) => void) => handlers.set(name, fn);
  const manager = {
    signinCallback: vi.fn(async () => user),
    getUser: vi.fn(async () => null),
    signinRedirect: vi.fn(async () => undefined),
    removeUser: vi.fn(async () => undefined),
    signoutRedirect: vi.fn(async () => undefined),
    events: {
      addUserLoaded: on('loaded'),
      addUserUnloaded: on('unloaded'),
      addAccessTokenExpired: on('expired'),
      addSilentRenewError: on('renewError'),
      removeUserLoaded: vi.fn(),
      removeUserUnloaded: vi.fn(),
      removeAccessTokenExpired: vi.fn(),
      removeSilentRenewError: vi.fn(),
    },
  };
  return { manager, fire: (name: string, u?: unknown) => handlers.get(name)?.(u) };
}

const rosa = {
  access_token: 'jwt-access-token',
  id_token: 'jwt-id-token',
  expired: false,
  state: { search: '?state=TX&layer=scip' },
  profile: { sub: 'sample-editor-region-6', name: 'Rosa Delgado', email: 'rosa.delgado@example.org', rcm_role: ['rcm-editor'], rcm_region: '6' },
} as unknown as User;

describe('OIDC sign-in', () => {
  it('completes the redirect: the code leaves the URL, the app URL comes back, claims give role and region', async () => {
    history.replaceState(null, '', '/#code=abc123&state=xyz');
    const { manager } = fakeManager(rosa);
    renderWith({ kind: 'api', loadConfig: async () => CONFIG, createManager: () => manager as unknown as UserManager }, <Token />);
    expect(await screen.findByRole('button', { name: 'Rosa Delgado (Editor)' })).toBeTruthy();
    expect(manager.signinCallback).toHaveBeenCalledWith(expect.stringContaining('#code=abc123'));
    expect(location.hash).toBe('');
    expect(location.search).toBe('?state=TX&layer=scip');
    expect(screen.getByLabelText('token').textContent).toBe('jwt-access-token');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Rosa Delgado (Editor)' }));
    expect(screen.getByText('Region 6')).toBeTruthy();
    // OIDC mode has no sample data to reset
    expect(screen.queryByRole('button', { name: 'Reset sample data' })).toBeNull();
  });

  it('redeems the code once, even when StrictMode runs the effect twice', async () => {
    history.replaceState(null, '', '/#code=once&state=s1');
    const { manager } = fakeManager(rosa);
    const source: SessionSource = { kind: 'api', loadConfig: async () => CONFIG, createManager: () => manager as unknown as UserManager };
    render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <SessionProvider source={source}>
            <AccountMenu />
          </SessionProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('button', { name: 'Rosa Delgado (Editor)' })).toBeTruthy();
    expect(manager.signinCallback).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('strips the code from the URL even when the callback fails, puts the app URL back, and says why', async () => {
    sessionStorage.setItem('rcm.session.returnSearch', '?layer=scip');
    history.replaceState(null, '', '/#code=used&state=old');
    const { manager } = fakeManager(null);
    manager.signinCallback.mockRejectedValueOnce(new Error('invalid_grant'));
    renderWith({ kind: 'api', loadConfig: async () => CONFIG, createManager: () => manager as unknown as UserManager });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Sign-in did not complete: invalid_grant/);
    expect(location.hash).toBe('');
    expect(location.search).toBe('?layer=scip');
  });

  it('"Sign in" goes to the provider with the app URL in the state; an expired session signs out', async () => {
    history.replaceState(null, '', '/?region=6');
    const { manager, fire } = fakeManager(null);
    renderWith({ kind: 'api', loadConfig: async () => CONFIG, createManager: () => manager as unknown as UserManager });
    const button = await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.setup().click(button);
    expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { search: '?region=6' } });
    fire('loaded', rosa);
    expect(await screen.findByRole('button', { name: 'Rosa Delgado (Editor)' })).toBeTruthy();
    fire('expired');
    expect((await screen.findByRole('alert')).textContent).toMatch(/expired/);
    expect(currentAccessToken()).toBeNull();
  });

  it('an API without an issuer offers the sample users', async () => {
    renderWith({ kind: 'api', loadConfig: async () => ({ issuer: null, clientId: null, scopes: 'openid' }) });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('heading', { name: 'Sign in as a sample user' })).toBeTruthy();
  });

  it('an API whose sign-in settings cannot be read says so', async () => {
    renderWith({ kind: 'api', loadConfig: () => Promise.reject(new Error('HTTP 503')) });
    expect((await screen.findByRole('alert')).textContent).toBe('Sign-in is unavailable: HTTP 503');
  });
});
