/**
 * GET /api/docs: the OpenAPI document rendered by Swagger UI, served from the
 * swagger-ui-dist package on this server (no CDN: the API may run with no way out).
 * The page has its own CSP: scripts and styles from this origin only (Swagger UI sets
 * inline styles), the document fetched from this origin, nothing framed.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { API_PREFIX } from '../../src/api/schemas';
import type { App } from './types';

const DOCS = '/api/docs';
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '${API_PREFIX}/openapi.json', dom_id: '#docs', validatorUrl: null, deepLinking: true, tryItOutEnabled: false });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Regional Coordination Map API (sample data)</title>
  <link rel="stylesheet" href="${DOCS}/swagger-ui.css">
</head>
<body>
  <main id="docs" aria-label="API reference"></main>
  <script src="${DOCS}/swagger-ui-bundle.js"></script>
  <script src="${DOCS}/init.js"></script>
</body>
</html>
`;

const assetDir = (): string => dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export function registerDocsRoutes(app: App): void {
  const cache = new Map<string, Promise<string>>();
  const page = { 'Content-Security-Policy': DOCS_CSP, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };

  app.get(DOCS, (c) => c.html(PAGE, 200, page));
  app.get(`${DOCS}/init.js`, (c) => c.body(INIT_JS, 200, { ...page, 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get(`${DOCS}/:asset`, async (c) => {
    const asset = c.req.param('asset');
    const type = Object.hasOwn(ASSETS, asset) ? ASSETS[asset] : undefined;
    if (!type) return c.notFound();
    let text = cache.get(asset);
    if (!text) {
      text = readFile(join(assetDir(), asset), 'utf8');
      cache.set(asset, text);
    }
    return c.body(await text, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
}
