/**
 * GET endpoints: the /api/v1 contract, the CSV export, one coordinator, the audit log,
 * the OpenAPI document and readiness. Contract reads are public, cacheable (strong
 * ETag, READ_CACHE_CONTROL, 304 on If-None-Match) and served from the in-memory
 * snapshot, already serialised and compressed: no database work while it is current.
 */
import type { Context } from 'hono';
import { API_PREFIX } from '../../src/api/schemas';
import { latestMigration, migrationsApplied } from '../db/migrate';
import { buildOpenApiDocument } from '../openapi';
import { listAudit } from '../store/audit';
import type { Resource } from '../store/snapshot';
import { AuditFilters } from '../../src/api/write-schemas';
import type { App, AppEnv, AppServices } from './types';
import { noneMatchHits } from './etag';
import { chooseEncoding, Representation } from './representation';
import { requirePrincipal } from './guards';
import { HttpProblem, problemResponse } from './problem';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Lets a reverse proxy or CDN serve reads for a few seconds, and serve a stale copy while
 * it revalidates (a 304 costs the origin next to nothing). Clients that must see their own
 * write at once read with `cache: 'no-cache'` or use the write's response, which carries
 * the new resource and ETag.
 */
export const READ_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=30';

export function serveResource(c: Context<AppEnv>, res: Resource, contentType = JSON_TYPE, extra: Record<string, string> = {}): Response {
  // the same strong ETag for every encoding: If-Match on writes compares the document, and
  // Vary keeps caches from handing one encoding to a client that asked for another
  const headers: Record<string, string> = { ETag: res.etag, 'Cache-Control': READ_CACHE_CONTROL, Vary: 'Accept-Encoding', ...extra };
  if (noneMatchHits(c.req.header('If-None-Match'), res.etag)) return c.body(null, 304, headers);
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'), res.body.length);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  return c.body(res.bytes(encoding), 200, { ...headers, 'Content-Type': contentType });
}

/** a path's jurisdiction code, upper-cased; anything else is a 404 like an unknown code */
export function codeParam(c: Context<AppEnv>): string {
  const raw = c.req.param('code') ?? '';
  const code = raw.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw unknownJurisdiction(raw);
  return code;
}

export const unknownJurisdiction = (raw: string) =>
  new HttpProblem(404, `No jurisdiction with code "${raw.slice(0, 16)}". Use one of the 56 two-letter USPS codes, e.g. TX.`);

export function registerReadRoutes(app: App, { deps, snapshots }: AppServices): void {
  const v1 = API_PREFIX;

  app.get(`${v1}/meta`, async (c) => serveResource(c, (await snapshots.get()).meta));
  app.get(`${v1}/regions`, async (c) => serveResource(c, (await snapshots.get()).regions));
  app.get(`${v1}/jurisdictions`, async (c) => serveResource(c, (await snapshots.get()).jurisdictions));
  app.get(`${v1}/jurisdictions.csv`, async (c) =>
    serveResource(c, (await snapshots.get()).jurisdictionsCsv, 'text/csv; charset=utf-8', {
      'Content-Disposition': 'attachment; filename="jurisdictions-scip.csv"',
    }),
  );
  app.get(`${v1}/jurisdictions/:code`, async (c) => {
    const code = codeParam(c);
    const detail = (await snapshots.get()).details.get(code);
    if (!detail) throw unknownJurisdiction(c.req.param('code'));
    return serveResource(c, detail);
  });
  app.get(`${v1}/coordinators/:id`, async (c) => {
    const id = c.req.param('id');
    const found = (await snapshots.get()).coordinators.get(id);
    if (!found) throw new HttpProblem(404, `No coordinator with id "${id.slice(0, 32)}".`);
    return serveResource(c, found);
  });

  const openapi = JSON.stringify(buildOpenApiDocument());
  const openapiResource: Resource = new Representation(openapi);
  app.get(`${v1}/openapi.json`, (c) => serveResource(c, openapiResource));

  app.get(`${v1}/audit`, async (c) => {
    requirePrincipal(c, deps.tokens);
    const query = AuditFilters.safeParse(c.req.query());
    if (!query.success) throw new HttpProblem(400, `Bad query: ${query.error.issues[0]?.message ?? 'invalid'}.`);
    const page = await listAudit(deps.db, query.data);
    return c.json(page, 200, { 'Cache-Control': 'no-store' });
  });

  const latest = latestMigration();
  app.get('/readyz', async (c) => {
    try {
      if (await migrationsApplied(deps.db, latest)) return c.json({ status: 'ready' }, 200, { 'Cache-Control': 'no-store' });
      return problemResponse(503, 'Database migrations are pending.', '/readyz');
    } catch {
      return problemResponse(503, 'The database is not reachable.', '/readyz');
    }
  });
}
