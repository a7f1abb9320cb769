/**
 * Starts the local sample OIDC provider, the real API server (PGlite in memory, or with
 * E2E_DATABASE_URL that PostgreSQL, as CI's PostgreSQL step does; accepting the provider's
 * tokens) and a Vite dev server pointed at it, as child processes in their own process
 * groups, for e2e specs that need the real API.
 * Start-up problems throw with the child's output, so a broken server fails the suite
 * loudly instead of skipping.
 */
import { fileURLToPath } from 'node:url';
import { exited, freePort, signalGroup, startChild, stopChild, waitForOk, type Child } from '../../scripts/child-process';

// vite's package exports do not include its bin, so it is named by path (as server/dev-real.ts does)
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

export interface RealStack {
  apiOrigin: string;
  appOrigin: string;
  /** the local OIDC provider's issuer (http://127.0.0.1:<port>); its sign-in page has one button per sample user */
  issuer: string;
  stop: () => Promise<void>;
}

/**
 * API on a free port with an in-memory database and the app origin allowed by CORS, then
 * Vite dev on another free port with the mock API off. Stops whatever started if a step fails.
 */
export async function startRealStack(): Promise<RealStack> {
  const [apiPort, appPort, idpPort] = [await freePort(), await freePort(), await freePort()];
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const issuer = `http://127.0.0.1:${idpPort}`;
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  // last resort if the worker dies without running afterAll: detached groups would survive it
  const onExit = () => {
    for (const c of children) if (!exited(c)) signalGroup(c, 'SIGKILL');
  };
  process.once('exit', onExit);
  try {
    const idp = startChild('OIDC provider (tsx server/oidc-dev/main.ts)', ['--import', 'tsx', 'server/oidc-dev/main.ts'], {
      OIDC_DEV_PORT: String(idpPort),
      OIDC_DEV_APP_ORIGINS: appOrigin,
      NODE_ENV: 'development',
    });
    children.push(idp);
    await waitForOk(idp, `${issuer}/.well-known/openid-configuration`, 30_000);

    // only E2E_DATABASE_URL picks PostgreSQL: a stray DATABASE_URL in the environment would win over DATA_DIR
    const databaseUrl = process.env.E2E_DATABASE_URL || undefined;
    const api = startChild(`API server (tsx server/main.ts, ${databaseUrl ? 'PostgreSQL' : 'PGlite in memory'})`, ['--import', 'tsx', 'server/main.ts'], {
      DATA_DIR: databaseUrl ? undefined : ':memory:',
      DATABASE_URL: databaseUrl,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      CORS_ORIGINS: appOrigin,
      LOG_LEVEL: 'silent',
      API_TOKENS: '', // the README's sample dev tokens
      NODE_ENV: 'development',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: undefined,
      OIDC_AUDIENCE: undefined,
    });
    children.push(api);
    // PGlite compiles its WASM on start: tens of seconds on a busy shared machine
    await waitForOk(api, `${apiOrigin}/readyz`, 120_000);

    const app = startChild('Vite dev server', [VITE_BIN, '--host', '127.0.0.1', '--port', String(appPort), '--strictPort', '--clearScreen', 'false'], {
      VITE_API_BASE_URL: apiOrigin,
      VITE_USE_MOCKS: 'false',
    });
    children.push(app);
    await waitForOk(app, `${appOrigin}/`, 20_000);
    // transform the entry once now, so the first page load is not paying for it under a test's clock
    await waitForOk(app, `${appOrigin}/src/app/main.tsx`, 20_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiOrigin, appOrigin, issuer, stop };
}
