/**
 * The editing writes of the dashboard's forms (WRITE_ENDPOINTS swic, governance, notes,
 * coverage), under the same rules as the original writes: editor/admin token (401/403),
 * rate limit (429), If-Match (428/412), zod body (415/400/422), one audited transaction;
 * the answer is the changed resource with its new ETag.
 */
import type { Context } from 'hono';
import { API_PREFIX } from '../../src/api/schemas';
import { CoveragePut, GovernancePatch, NotesPut, SwicPatch } from '../../src/api/write-schemas';
import { putCoverage, putNotes, updateGovernance, updateSwic } from '../store/editing-writes';
import type { WriteContext, WriteResult } from '../store/write-tx';
import type { App, AppEnv, AppServices } from './types';
import { jsonBody, requireIfMatch, requireWriter } from './guards';
import { HttpProblem } from './problem';
import { codeParam } from './read-routes';

export function registerEditRoutes(app: App, services: AppServices): void {
  const { deps, snapshots } = services;
  const v1 = API_PREFIX;
  const written = (c: Context<AppEnv>, result: WriteResult): Response => {
    snapshots.invalidate();
    return c.body(result.json, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: result.etag, 'Cache-Control': 'no-store' });
  };
  const context = (c: Context<AppEnv>): WriteContext => ({
    principal: requireWriter(c, services),
    ifMatch: requireIfMatch(c),
    today: new Date(services.now()).toISOString().slice(0, 10),
  });
  const coordinatorId = (c: Context<AppEnv>): string => {
    const id = c.req.param('id') ?? '';
    if (!/^[\w-]{1,40}$/.test(id)) throw new HttpProblem(404, 'No coordinator with that id.');
    return id;
  };

  app.patch(`${v1}/jurisdictions/:code/swic`, async (c) => {
    const ctx = context(c);
    return written(c, await updateSwic(deps.db, ctx, codeParam(c), await jsonBody(c, SwicPatch)));
  });
  app.patch(`${v1}/jurisdictions/:code/governance`, async (c) => {
    const ctx = context(c);
    return written(c, await updateGovernance(deps.db, ctx, codeParam(c), await jsonBody(c, GovernancePatch)));
  });
  app.put(`${v1}/jurisdictions/:code/notes`, async (c) => {
    const ctx = context(c);
    return written(c, await putNotes(deps.db, ctx, codeParam(c), await jsonBody(c, NotesPut)));
  });
  app.put(`${v1}/coordinators/:id/jurisdictions`, async (c) => {
    const ctx = context(c);
    return written(c, await putCoverage(deps.db, ctx, coordinatorId(c), await jsonBody(c, CoveragePut)));
  });
}
