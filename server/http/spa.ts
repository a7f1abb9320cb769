/**
 * The built dashboard (dist/) from the same process and port as the API, for the one
 * production command. Hashed assets are immutable; index.html is revalidated; paths
 * without a file are the SPA's own routes and get index.html. Files are served
 * precompressed (.br/.gz written by the build) when the client takes them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { App, AppEnv } from './types';

/**
 * Everything from this origin only. What the SPA needs beyond 'self': maplibre starts its
 * worker from a blob: URL; PNG export and maplibre's sprites use blob:/data: images;
 * React and maplibre set element styles through the CSSOM, which style-src does not govern.
 */
export const SPA_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const spaSecurityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: SPA_CSP,
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
});

/** paths the SPA never answers */
export const isApiPath = (path: string): boolean => path.startsWith('/api/') || path === '/api' || path === '/healthz' || path === '/readyz';

export function registerSpa(app: App, spaDir: string): void {
  const index = join(spaDir, 'index.html');
  if (!existsSync(index)) throw new Error(`SPA_DIR ${spaDir} has no index.html: run npm run build first (or unset SPA_DIR).`);
  const files = serveStatic<AppEnv>({
    root: spaDir,
    precompressed: true,
    onFound: (path, c) => {
      const immutable = path.includes('/assets/');
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      c.header('Vary', 'Accept-Encoding');
    },
  });
  const shell = serveStatic<AppEnv>({
    root: spaDir,
    precompressed: true,
    rewriteRequestPath: () => '/index.html',
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
      c.header('Vary', 'Accept-Encoding');
    },
  });
  const get: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    return files(c, async () => {
      // no such file: a client-side route (no extension) gets the app; a missing asset stays a 404
      if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
      await shell(c, next);
    });
  };
  app.get('*', get);
  app.on('HEAD', '*', get);
}
