/**
 * Write endpoints. Each: editor/admin token (401/403), write rate limit (429), If-Match
 * (428/412), a zod-validated body (415/400/422), one transaction with an audit entry.
 * The response is the changed resource with its new ETag, ready for the next write.
 */
import type { Context } from 'hono';
import { API_PREFIX } from '../../src/api/schemas';
import { importScipCsv } from '../store/import';
import type { WriteContext, WriteResult } from '../store/write-tx';
import { createTaRequest, updateCoordinatorContact, updateMarker, updateScip, updateTaRequest } from '../store/writes';
import { ContactPatch, MarkerPatch, ScipPatch, TaRequestCreate, TaRequestPatch } from '../../src/api/write-schemas';
import type { App, AppEnv, AppServices } from './types';
import { jsonBody, requireIfMatch, requireWriter } from './guards';
import { HttpProblem } from './problem';
import { codeParam } from './read-routes';

export function registerWriteRoutes(app: App, services: AppServices): void {
  const { deps, snapshots } = services;
  const written = (c: Context<AppEnv>, result: WriteResult, status: 200 | 201 = 200): Response => {
    // the author's next read must see this write
    snapshots.invalidate();
    return c.body(result.json, status, { 'Content-Type': 'application/json; charset=utf-8', ETag: result.etag, 'Cache-Control': 'no-store' });
  };
  const v1 = API_PREFIX;
  const today = () => new Date(services.now()).toISOString().slice(0, 10);
  const context = (c: Context<AppEnv>): WriteContext => {
    const principal = requireWriter(c, services);
    return { principal, ifMatch: requireIfMatch(c), today: today() };
  };

  app.patch(`${v1}/jurisdictions/:code/scip`, async (c) => {
    const ctx = context(c);
    const code = codeParam(c);
    return written(c, await updateScip(deps.db, ctx, code, await jsonBody(c, ScipPatch)));
  });

  app.patch(`${v1}/jurisdictions/:code/markers/:markerId`, async (c) => {
    const ctx = context(c);
    const code = codeParam(c);
    const markerId = c.req.param('markerId');
    if (!/^M\d{2}$/.test(markerId)) throw new HttpProblem(404, 'Marker ids are M01 to M25.');
    return written(c, await updateMarker(deps.db, ctx, code, markerId, await jsonBody(c, MarkerPatch)));
  });

  app.post(`${v1}/jurisdictions/:code/ta-requests`, async (c) => {
    const ctx = context(c);
    const code = codeParam(c);
    const result = await createTaRequest(deps.db, ctx, code, await jsonBody(c, TaRequestCreate));
    c.header('Location', `${v1}/jurisdictions/${code}`);
    return written(c, result, 201);
  });

  app.patch(`${v1}/jurisdictions/:code/ta-requests/:taId`, async (c) => {
    const ctx = context(c);
    const code = codeParam(c);
    const taId = c.req.param('taId');
    if (!/^[\w-]{1,40}$/.test(taId)) throw new HttpProblem(404, 'No TA request with that id.');
    return written(c, await updateTaRequest(deps.db, ctx, code, taId, await jsonBody(c, TaRequestPatch)));
  });

  app.patch(`${v1}/coordinators/:id`, async (c) => {
    const ctx = context(c);
    const id = c.req.param('id');
    if (!/^[\w-]{1,40}$/.test(id)) throw new HttpProblem(404, 'No coordinator with that id.');
    return written(c, await updateCoordinatorContact(deps.db, ctx, id, await jsonBody(c, ContactPatch)));
  });

  app.post(`${v1}/jurisdictions/import`, async (c) => {
    const principal = requireWriter(c, services);
    const dryRun = c.req.query('dryRun');
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw new HttpProblem(400, 'dryRun is true or false.');
    const type = c.req.header('Content-Type') ?? '';
    if (!/^text\/csv\s*(;|$)/i.test(type)) throw new HttpProblem(415, 'Send the file as text/csv.');
    const report = await importScipCsv(deps.db, await c.req.text(), {
      principal,
      dryRun: dryRun === 'true',
      ifMatch: c.req.header('If-Match')?.trim() || null,
      afterRow: deps.importAfterRow,
    });
    snapshots.invalidate();
    return c.json(report, 200, { 'Cache-Control': 'no-store' });
  });
}
