/**
 * `tsx server/oidc-dev/main.ts`: the local sample OpenID Provider on loopback, for
 * `npm run dev:real` and the real-stack e2e tests. Refuses NODE_ENV=production.
 *
 *   OIDC_DEV_PORT (8788; 0 = any free port)  OIDC_DEV_HOST (127.0.0.1)
 *   OIDC_DEV_APP_ORIGINS (comma-separated; default the Vite dev/preview origins)
 *   OIDC_CLIENT_ID (rcm-dashboard)  OIDC_AUDIENCE (api://rcm-api)
 *
 * Prints one line `oidc-dev: issuer <url>` once it listens.
 */
import { DEFAULT_CORS_ORIGINS } from '../config';
import { DEV_OIDC_AUDIENCE, DEV_OIDC_CLIENT_ID } from '../auth/oidc-config';
import { assertNotProduction } from './provider';
import { startDevIdp } from './server';

async function main(): Promise<void> {
  const env = process.env;
  assertNotProduction(env.NODE_ENV);
  const origins = (env.OIDC_DEV_APP_ORIGINS ?? DEFAULT_CORS_ORIGINS.join(','))
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  const idp = await startDevIdp({
    host: env.OIDC_DEV_HOST ?? '127.0.0.1',
    port: Number(env.OIDC_DEV_PORT ?? 8788),
    clientId: env.OIDC_CLIENT_ID ?? DEV_OIDC_CLIENT_ID,
    audience: env.OIDC_AUDIENCE ?? DEV_OIDC_AUDIENCE,
    appOrigins: origins,
    nodeEnv: env.NODE_ENV,
  });
  console.log(`oidc-dev: issuer ${idp.issuer} (sample users, no password; redirect origins ${origins.join(' ')})`);
  const stop = () => {
    idp.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
