/**
 * Who is signed in, for the whole app:
 *   <SessionProvider>…</SessionProvider>
 *   const { user, accessToken, mode, status, signIn, signOut } = useSession();
 *
 * With the mock API (the default `npm run dev`) the four fictional SAMPLE_USERS are offered
 * ("Sign in as a sample user"). Against a real API the provider first asks it for its OIDC
 * settings (GET /api/v1/auth-config): with an issuer, sign-in is OpenID Connect (auth code +
 * PKCE, src/auth/oidc-session.ts); without one, the sample users' static tokens again.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { apiBaseUrl, mocksEnabled } from '../api/config';
import { fetchAuthConfig, oidcEnabled, type AuthConfig } from './auth-config';
import { SessionContext } from './session-context';
import type { Session } from './session-types';
import { useOidcSession } from './use-oidc-session';
import { useSampleSession } from './use-sample-session';

export { useSession } from './session-context';
export type { Session, SessionMode, SessionStatus, SessionUser } from './session-types';

export type SessionSource =
  | { kind: 'sample' }
  | {
      kind: 'api';
      loadConfig: () => Promise<AuthConfig>;
      createManager?: (config: AuthConfig & { issuer: string; clientId: string }) => UserManager | Promise<UserManager>;
    };

// oidc-client-ts is fetched only when the API turns OIDC on
const loadManager = async (config: AuthConfig & { issuer: string; clientId: string }): Promise<UserManager> =>
  (await import('./oidc-manager')).createUserManager(config);

const defaultSource = (): SessionSource =>
  mocksEnabled ? { kind: 'sample' } : { kind: 'api', loadConfig: () => fetchAuthConfig(apiBaseUrl) };

type Resolved = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'sample' } | { kind: 'oidc'; manager: UserManager; config: AuthConfig };

function SampleSession({ children }: { children: ReactNode }) {
  return <SessionContext.Provider value={useSampleSession()}>{children}</SessionContext.Provider>;
}

function OidcSession({ manager, config, children }: { manager: UserManager; config: AuthConfig; children: ReactNode }) {
  return <SessionContext.Provider value={useOidcSession(manager, config)}>{children}</SessionContext.Provider>;
}

function PendingSession({ error, retry, children }: { error: string | null; retry: () => void; children: ReactNode }) {
  const value = useMemo<Session>(
    () => ({
      user: null,
      accessToken: null,
      mode: 'oidc',
      status: error ? 'error' : 'loading',
      error,
      signIn: async () => retry(),
      signOut: async () => undefined,
    }),
    [error, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function SessionProvider({ children, source }: { children: ReactNode; source?: SessionSource }) {
  const [chosen] = useState<SessionSource>(() => source ?? defaultSource());
  const [resolved, setResolved] = useState<Resolved>(() => (chosen.kind === 'sample' ? { kind: 'sample' } : { kind: 'loading' }));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (chosen.kind === 'sample') return;
    let live = true;
    chosen
      .loadConfig()
      .then(async (config): Promise<Resolved> => {
        if (!oidcEnabled(config)) return { kind: 'sample' };
        return { kind: 'oidc', config, manager: await (chosen.createManager ?? loadManager)(config) };
      })
      .then(
        (next) => live && setResolved(next),
        (e: unknown) => live && setResolved({ kind: 'failed', error: `Sign-in is unavailable: ${e instanceof Error ? e.message : String(e)}` }),
      );
    return () => {
      live = false;
    };
  }, [chosen, attempt]);

  const [retry] = useState(() => () => setAttempt((n) => n + 1));
  if (resolved.kind === 'sample') return <SampleSession>{children}</SampleSession>;
  if (resolved.kind === 'oidc') return <OidcSession manager={resolved.manager} config={resolved.config}>{children}</OidcSession>;
  return <PendingSession error={resolved.kind === 'failed' ? resolved.error : null} retry={retry}>{children}</PendingSession>;
}
