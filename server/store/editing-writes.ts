/**
 * The editing writes added for the dashboard's forms: a jurisdiction's SWIC contact,
 * governance body and notes, and which jurisdictions a coordinator covers. Each runs in
 * writeJurisdiction / writeCoordinator (lock, region check, If-Match, audit, version bump),
 * with the same rules as the mock API (mocks/store/*-writes.ts).
 */
import type { Db } from '../db/db';
import { HttpProblem } from '../http/problem';
import type { CoveragePut, GovernancePatch, NotesPut, SwicPatch } from '../../src/api/write-schemas';
import { writeCoordinator, writeJurisdiction, type WriteContext, type WriteResult } from './write-tx';

export function updateSwic(db: Db, ctx: WriteContext, code: string, patch: SwicPatch): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    const next = { ...before.swic, ...patch };
    await tx.query('UPDATE jurisdictions SET swic_name = $2, swic_title = $3, swic_email = $4, swic_phone = $5 WHERE code = $1', [
      code, next.name, next.title, next.email, next.phone,
    ]);
    return { action: 'update-swic', entity: 'jurisdiction', entityId: code, before: before.swic, after: (d) => d.swic };
  });
}

export function updateGovernance(db: Db, ctx: WriteContext, code: string, patch: GovernancePatch): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    const next = { ...before.governanceBody, ...patch };
    await tx.query('UPDATE jurisdictions SET governance_name = $2, governance_kind = $3 WHERE code = $1', [code, next.name, next.kind]);
    return { action: 'update-governance', entity: 'jurisdiction', entityId: code, before: before.governanceBody, after: (d) => d.governanceBody };
  });
}

export function putNotes(db: Db, ctx: WriteContext, code: string, body: NotesPut): Promise<WriteResult> {
  return writeJurisdiction(db, ctx, code, async (tx, before) => {
    await tx.query('UPDATE jurisdictions SET notes = $2 WHERE code = $1', [code, body.notes]);
    return { action: 'update-notes', entity: 'jurisdiction', entityId: code, before: { notes: before.notes }, after: (d) => ({ notes: d.notes }) };
  });
}

/** admin only; every code in the coordinator's region, and no jurisdiction of the region left without a coordinator */
export function putCoverage(db: Db, ctx: WriteContext, id: string, body: CoveragePut): Promise<WriteResult> {
  if (ctx.principal.role !== 'admin') throw new HttpProblem(403, 'Only an admin can change which jurisdictions a coordinator covers.');
  const wanted = [...new Set(body.jurisdictions)].sort();
  return writeCoordinator(
    db,
    ctx,
    id,
    async (tx, before) => {
      const { rows } = await tx.query<{ code: string }>('SELECT code FROM jurisdictions WHERE region_id = $1 ORDER BY code', [before.regionId]);
      const region = new Set(rows.map((r) => r.code));
      const outside = wanted.filter((code) => !region.has(code));
      if (outside.length > 0) throw new HttpProblem(422, `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in Region ${before.regionId}.`);
      await tx.query('DELETE FROM coordinator_coverage WHERE coordinator_id = $1', [id]);
      await tx.query('INSERT INTO coordinator_coverage (coordinator_id, jurisdiction_code) SELECT $1, unnest($2::text[])', [id, wanted]);
      const { rows: uncovered } = await tx.query<{ code: string }>(
        `SELECT j.code FROM jurisdictions j WHERE j.region_id = $1
            AND NOT EXISTS (SELECT 1 FROM coordinator_coverage cc WHERE cc.jurisdiction_code = j.code) ORDER BY j.code`,
        [before.regionId],
      );
      if (uncovered.length > 0) {
        throw new HttpProblem(422, `Every jurisdiction of Region ${before.regionId} needs a coordinator: ${uncovered.map((r) => r.code).join(', ')} would have none.`);
      }
    },
    { action: 'update-coverage', part: (c) => ({ jurisdictions: [...c.jurisdictions] }) },
  );
}
