/**
 * The frame every write runs in: one transaction that takes the write lock, finds the
 * resource, checks the caller's region and If-Match against the current bytes, applies
 * the change, and records it in the audit log together with a version bump. A write that
 * changes nothing is not recorded.
 */
import type { JurisdictionDetail } from '../../src/api/schemas';
import type { Db, Queryable } from '../db/db';
import { canWriteRegion, type Principal } from '../http/auth';
import { etagOf, ifMatchHits } from '../http/etag';
import { HttpProblem } from '../http/problem';
import { bumpVersion, recordAudit, type AuditRecord } from './audit';
import { loadCoordinators, loadDetail, toCoordinator, type CoordinatorWithRegion } from './read-model';

export interface WriteContext {
  principal: Principal;
  /** the request's If-Match (required: the route answers 428 without it) */
  ifMatch: string;
  /** today, YYYY-MM-DD (UTC), for `updated` / `assessed` defaults */
  today: string;
}

export interface WriteResult {
  /** the representation after the write, serialised once so the ETag names these bytes */
  json: string;
  etag: string;
  changed: boolean;
}

/**
 * All writes queue on the one dataset_meta row. Editing is rare (a few staff), so a
 * global write lock costs nothing and makes every write see the latest committed state
 * on PostgreSQL as on PGlite, including id allocation for new TA requests.
 */
export async function takeWriteLock(tx: Queryable): Promise<void> {
  const { rows } = await tx.query('SELECT version FROM dataset_meta FOR UPDATE');
  if (rows.length === 0) throw new HttpProblem(503, 'The database has not been seeded yet.');
}

function checkRegion(principal: Principal, regionId: number, what: string): void {
  if (!canWriteRegion(principal, regionId)) {
    const scope = principal.role === 'editor' ? `an editor of Region ${principal.regionId ?? '?'}` : `a ${principal.role}`;
    throw new HttpProblem(403, `As ${scope} you cannot change ${what} (Region ${regionId}).`);
  }
}

function checkIfMatch(ifMatch: string, etag: string, what: string): void {
  if (!ifMatchHits(ifMatch, etag)) {
    throw new HttpProblem(412, `${what} has changed since you read it. Reload it and apply your change again.`);
  }
}

/** a change to one jurisdiction: `apply` returns the audit record, or throws HttpProblem */
export async function writeJurisdiction(
  db: Db,
  ctx: WriteContext,
  code: string,
  apply: (tx: Queryable, before: JurisdictionDetail) => Promise<Omit<AuditRecord, 'after'> & { after: (d: JurisdictionDetail) => unknown }>,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await takeWriteLock(tx);
    const before = await loadDetail(tx, code);
    if (!before) throw new HttpProblem(404, `No jurisdiction with code "${code}".`);
    checkRegion(ctx.principal, before.regionId, before.name);
    const beforeJson = JSON.stringify(before);
    checkIfMatch(ctx.ifMatch, etagOf(beforeJson), `${before.name} (${code})`);

    const record = await apply(tx, before);
    const after = await loadDetail(tx, code);
    if (!after) throw new Error('writeJurisdiction: the jurisdiction vanished inside its transaction');
    const json = JSON.stringify(after);
    if (json === beforeJson) return { json, etag: etagOf(json), changed: false };
    await recordAudit(tx, ctx.principal, { ...record, jurisdiction: code, after: record.after(after) });
    await bumpVersion(tx, [{ entity: record.entity, entityId: record.entityId, jurisdiction: code }]);
    return { json, etag: etagOf(json), changed: true };
  });
}

/** what a coordinator write records: its action and the part of the coordinator it changes */
export interface CoordinatorAudit {
  action: string;
  part: (c: CoordinatorWithRegion) => unknown;
}
const CONTACT_AUDIT: CoordinatorAudit = {
  action: 'update-contact',
  part: (c) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone }),
};

/** a change to one coordinator (its contact by default); `apply` may refuse with HttpProblem */
export async function writeCoordinator(
  db: Db,
  ctx: WriteContext,
  id: string,
  apply: (tx: Queryable, before: CoordinatorWithRegion) => Promise<void>,
  audit: CoordinatorAudit = CONTACT_AUDIT,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await takeWriteLock(tx);
    const [found] = await loadCoordinators(tx, { id });
    if (!found) throw new HttpProblem(404, `No coordinator with id "${id}".`);
    checkRegion(ctx.principal, found.regionId, `coordinator ${id}`);
    const beforeJson = JSON.stringify(toCoordinator(found));
    checkIfMatch(ctx.ifMatch, etagOf(beforeJson), `Coordinator ${id}`);

    await apply(tx, found);
    const [after] = await loadCoordinators(tx, { id });
    if (!after) throw new Error('writeCoordinator: the coordinator vanished inside its transaction');
    const json = JSON.stringify(toCoordinator(after));
    if (json === beforeJson) return { json, etag: etagOf(json), changed: false };
    await recordAudit(tx, ctx.principal, { action: audit.action, entity: 'coordinator', entityId: id, before: audit.part(found), after: audit.part(after) });
    await bumpVersion(tx, [{ entity: 'coordinator', entityId: id, jurisdiction: null }]);
    return { json, etag: etagOf(json), changed: true };
  });
}
