/**
 * The editing operations. Each runs inside writeJurisdiction / writeCoordinator (lock,
 * region check, If-Match, audit, version bump) and changes rows with parameterised SQL.
 */
import type { ScipSummary } from '../../src/api/schemas';
import type { Db, Queryable } from '../db/db';
import { HttpProblem } from '../http/problem';
import type { ContactPatch, MarkerPatch, ScipPatch, TaRequestCreate, TaRequestPatch } from '../../src/api/write-schemas';
import { writeCoordinator, writeJurisdiction, type WriteContext, type WriteResult } from './write-tx';

/** A plan cannot expire before it is adopted (ISO dates compare as strings). */
export const planDatesOk = (adopted: string, expires: string): boolean => adopted <= expires;

export function checkPlanDates(adopted: string, expires: string): void {
  if (!planDatesOk(adopted, expires)) throw new HttpProblem(422, `The plan cannot expire (${expires}) before it is adopted (${adopted}).`);
}

/** Writes a jurisdiction's SCIP summary (one statement for the PATCH and the CSV import). */
export async function saveScip(tx: Queryable, code: string, s: ScipSummary): Promise<void> {
  await tx.query(
    `UPDATE jurisdictions SET scip_status = $2, scip_adopted = $3, scip_expires = $4,
            scip_last_annual_report = $5, scip_next_workshop = $6 WHERE code = $1`,
    [code, s.status, s.adopted, s.expires, s.lastAnnualReport, s.nextWorkshop],
  );
}

export function updateScip(db: Db, ctx: WriteContext, code: string, patch: ScipPatch): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    const next = { ...before.scip, ...patch };
    checkPlanDates(next.adopted, next.expires);
    await saveScip(tx, code, next);
    return { action: 'update-scip', entity: 'jurisdiction', entityId: code, before: before.scip, after: (d) => d.scip };
  });
}

export function updateMarker(db: Db, ctx: WriteContext, code: string, markerId: string, patch: MarkerPatch): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    const marker = before.markerDetails.find((m) => m.id === markerId);
    if (!marker) throw new HttpProblem(404, `${before.name} has no marker "${markerId}" (M01-M25).`);
    if (marker.level !== patch.level || (patch.assessed !== undefined && patch.assessed !== marker.assessed)) {
      // previousLevel records the level this one replaced, so a re-assessment at the same level keeps it
      const previous = marker.level !== patch.level ? marker.level : marker.previousLevel;
      await tx.query(
        'UPDATE markers SET level = $3, previous_level = $4, assessed = $5 WHERE jurisdiction_code = $1 AND id = $2',
        [code, markerId, patch.level, previous, patch.assessed ?? ctx.today],
      );
    }
    return {
      action: 'update-marker',
      entity: 'marker',
      entityId: `${code}/${markerId}`,
      before: marker,
      after: (d) => d.markerDetails.find((m) => m.id === markerId),
    };
  });
}

const TA_ID = /^TA-(\d{4})-(\d{4,})$/;

export async function createTaRequest(db: Db, ctx: WriteContext, code: string, body: TaRequestCreate): Promise<WriteResult & { id: string }> {
  let id = '';
  const result = await writeJurisdiction(db, ctx, code, async (tx) => {
    const year = ctx.today.slice(0, 4);
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM ta_requests WHERE id LIKE $1', [`TA-${year}-%`]);
    const highest = rows.reduce((max, r) => Math.max(max, Number(TA_ID.exec(r.id)?.[2] ?? 0)), 100);
    id = `TA-${year}-${String(highest + 1).padStart(4, '0')}`;
    await tx.query(
      `INSERT INTO ta_requests (id, jurisdiction_code, category, title, status, requested, updated)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, code, body.category, body.title, body.status ?? 'requested', body.requested ?? ctx.today, ctx.today],
    );
    return { action: 'create-ta-request', entity: 'ta-request', entityId: id, before: null, after: (d) => d.taRequests.find((t) => t.id === id) };
  });
  return { ...result, id };
}

export function updateTaRequest(db: Db, ctx: WriteContext, code: string, taId: string, patch: TaRequestPatch): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    const ta = before.taRequests.find((t) => t.id === taId);
    if (!ta) throw new HttpProblem(404, `${before.name} has no TA request "${taId}".`);
    const next = { ...ta, ...patch };
    if (next.category !== ta.category || next.title !== ta.title || next.status !== ta.status) {
      await tx.query(
        'UPDATE ta_requests SET category = $3, title = $4, status = $5, updated = $6 WHERE id = $1 AND jurisdiction_code = $2',
        [taId, code, next.category, next.title, next.status, ctx.today],
      );
    }
    return { action: 'update-ta-request', entity: 'ta-request', entityId: taId, before: ta, after: (d) => d.taRequests.find((t) => t.id === taId) };
  });
}

export function updateCoordinatorContact(db: Db, ctx: WriteContext, id: string, patch: ContactPatch): Promise<WriteResult> {
  return writeCoordinator(db, ctx, id, async (tx) => {
    await tx.query(
      `UPDATE coordinators SET name = COALESCE($2, name), title = COALESCE($3, title),
              email = COALESCE($4, email), phone = COALESCE($5, phone) WHERE id = $1`,
      [id, patch.name ?? null, patch.title ?? null, patch.email ?? null, patch.phone ?? null],
    );
  });
}
