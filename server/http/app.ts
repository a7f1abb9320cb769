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
import { jwtAuthentication } from '../auth/middleware';
import { SnapshotCache } from '../store/snapshot';
import { AuthThrottle } from './auth-throttle';
import { HttpProblem, problemResponse } from './problem';
import { WriteRateLimiter } from './rate-limit';
import { registerReadRoutes } from './read-routes';
import { isApiPath, registerSpa, spaSecurityHeaders } from './spa';
import { registerWriteRoutes } from './write-routes';
import { registerExtraRoutes } from './extra-routes';
import type { App, AppDeps, AppEnv, AppServices } from './types';

export type { App, AppDeps } from './types';

export function createApp(deps: AppDeps): App {
  const app = new Hono<AppEnv>();
  const now = deps.now ?? Date.now;
  const services: AppServices = {
    deps,
    snapshots: new SnapshotCache(deps.db, { recheckMs: deps.readRecheckMs ?? 0, now }),
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

  if (deps.drain) app.use(deps.drain.middleware);
  const authThrottle = deps.authThrottle ?? new AuthThrottle({ now });
  app.use(async (c, next) => {
    c.set('authThrottle', authThrottle);
    await next();
  });

  const apiHeaders = secureHeaders({
    // a JSON API: nothing it returns may run, frame or load anything
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-site',
    // the one HTML page (/api/docs) sets its own, looser CSP; every other response keeps these
    overwrite: false,
  });
  app.use((c, next) => (deps.spaDir && !isApiPath(c.req.path) ? spaSecurityHeaders(c, next) : apiHeaders(c, next)));

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
  if (deps.spaDir) registerSpa(app, deps.spaDir);

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
