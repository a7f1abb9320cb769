/**
 * The Hono app: middleware (logs, security headers, CORS, body limit, problem+json
 * errors) around the read and write routes. Built from its dependencies, so tests run it
 * with `app.request()` over an in-memory database.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { jwtAuthentication } from '../auth/middleware';
import type { JwtVerifier } from '../auth/jwt';
import type { OidcConfig } from '../auth/oidc-config';
import type { Db } from '../db/db';
import type { ChangeFeed } from '../store/change-feed';

import { SnapshotCache } from '../store/snapshot';
import type { Principal, TokenStore } from './auth';
import { HttpProblem, problemResponse } from './problem';
import { WriteRateLimiter } from './rate-limit';
import { registerReadRoutes } from './read-routes';
import { registerWriteRoutes } from './write-routes';
import { registerExtraRoutes } from './extra-routes';

export interface AppDeps {
  db: Db;
  tokens: TokenStore;
  logger: Logger;
  /** exact origins allowed to call the API from a browser */
  corsOrigins: readonly string[];
  bodyLimitBytes: number;
  writesPerMinute: number;
  /** ms clock for the rate limiter and "today" (tests inject one) */
  now?: () => number;
  /** fault injection for tests: called after each applied import row, inside its transaction */
  importAfterRow?: (appliedRows: number) => Promise<void> | void;
  /** OIDC settings (null/undefined: static tokens only) and the verifier built from them */
  oidc?: OidcConfig | null | undefined;
  jwt?: JwtVerifier | undefined;
  /** change notifications for GET /events (LISTEN/NOTIFY); built over `db` when not given */
  changes?: ChangeFeed | undefined;
}

export type AppEnv = {
  Variables: { principal: Principal | undefined; requestId: string; authFailure: { status: 401 | 503; reason: string } | undefined };
};
export type App = Hono<AppEnv>;

export interface AppServices {
  deps: AppDeps;
  snapshots: SnapshotCache;
  limiter: WriteRateLimiter;
  now: () => number;
}

export function createApp(deps: AppDeps): App {
  const app = new Hono<AppEnv>();
  const now = deps.now ?? Date.now;
  const services: AppServices = {
    deps,
    snapshots: new SnapshotCache(deps.db),
    limiter: new WriteRateLimiter({ perMinute: deps.writesPerMinute, now }),
    now,
  };

  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    deps.logger.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        actor: c.get('principal')?.name,
      },
      'request',
    );
  });

  app.use(
    secureHeaders({
      // a JSON API: nothing it returns may run, frame or load anything
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-site',
      // the one HTML page (/api/docs) sets its own, looser CSP; every other response keeps these
      overwrite: false,
    }),
  );

  const allowed = new Set(deps.corsOrigins);
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
      maxAge: 600,
    }),
  );

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: (c) => problemResponse(413, `The request body is larger than ${deps.bodyLimitBytes} bytes.`, c.req.path),
    }),
  );

  app.use('/api/*', jwtAuthentication(deps.jwt));

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));

  registerReadRoutes(app, services);
  registerWriteRoutes(app, services);
  registerExtraRoutes(app, services);

  app.notFound((c) => problemResponse(404, `Nothing at ${c.req.method} ${c.req.path.slice(0, 200)}.`, c.req.path.slice(0, 200)));

  app.onError((error, c) => {
    const instance = c.req.path.slice(0, 200);
    if (error instanceof HttpProblem) {
      return problemResponse(error.status, error.detail, instance, error.extensions, error.headers);
    }
    // the cause goes to the log only; the caller learns nothing about the internals
    deps.logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
    return problemResponse(500, 'The server could not complete the request.', instance, { requestId: c.get('requestId') });
  });

  return app;
}
