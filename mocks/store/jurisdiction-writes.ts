/**
 * The mock API's writes to one jurisdiction, by the server's rules (server/store/writes.ts,
 * write-tx.ts): the caller's region, If-Match against the bytes a read returns, the change,
 * derived fields, and an audit entry (a write that changes nothing is not recorded).
 */
import type { JurisdictionDetail } from '../../src/api/schemas';
import type { GovernancePatch, MarkerPatch, NotesPut, ScipPatch, SwicPatch, TaRequestCreate, TaRequestPatch } from '../../src/api/write-schemas';
import { laneLevels, markerCounts } from '../../src/data/derived';
import { etagOf, ifMatchHits } from './etag';
import { checkRegion, type MockPrincipal } from './principal';
import { MockProblem } from './problem';
import { represent, type MockState, type Representation } from './state';
import type { Committed } from './store';
import { recordAudit, type AuditRecord } from './audit-log';

export interface WriteCtx {
  principal: MockPrincipal;
  ifMatch: string;
  now: Date;
}

const today = (ctx: WriteCtx) => ctx.now.toISOString().slice(0, 10);

export function checkIfMatch(ifMatch: string, etag: string, what: string): void {
  if (!ifMatchHits(ifMatch, etag)) {
    // the current ETag travels with the refusal, so a client can offer "apply mine on top"
    throw new MockProblem(412, `${what} has changed since you read it. Reload it and apply your change again.`, {}, { ETag: etag });
  }
}

/** the frame every jurisdiction write runs in; `apply` changes `detail` and says what to audit */
export function writeJurisdiction(
  draft: MockState,
  ctx: WriteCtx,
  code: string,
  apply: (detail: JurisdictionDetail) => Omit<AuditRecord, 'after'> & { after: (d: JurisdictionDetail) => unknown },
): Committed<Representation> {
  const detail = draft.details[code];
  if (!detail) throw new MockProblem(404, `No jurisdiction with code "${code}".`);
  checkRegion(ctx.principal, detail.regionId, detail.name);
  const beforeJson = JSON.stringify(detail);
  checkIfMatch(ctx.ifMatch, etagOf(beforeJson), `${detail.name} (${code})`);
  const record = apply(detail);
  detail.markers = markerCounts(detail.markerDetails);
  detail.lanes = laneLevels(detail.markerDetails);
  const after = represent(detail);
  if (after.body === beforeJson) return { result: after, change: null };
  recordAudit(draft, ctx.principal, ctx.now, { ...record, after: record.after(detail) }, code);
  return { result: after, change: { entity: record.entity, entityId: record.entityId, jurisdiction: code } };
}

export function checkPlanDates(adopted: string, expires: string): void {
  if (adopted > expires) throw new MockProblem(422, `The plan cannot expire (${expires}) before it is adopted (${adopted}).`);
}

export const updateScip = (draft: MockState, ctx: WriteCtx, code: string, patch: ScipPatch) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const before = { ...d.scip };
    const next = { ...d.scip, ...patch };
    checkPlanDates(next.adopted, next.expires);
    d.scip = next;
    return { action: 'update-scip', entity: 'jurisdiction', entityId: code, before, after: (x) => x.scip };
  });

export const updateMarker = (draft: MockState, ctx: WriteCtx, code: string, markerId: string, patch: MarkerPatch) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const marker = d.markerDetails.find((m) => m.id === markerId);
    if (!marker) throw new MockProblem(404, `${d.name} has no marker "${markerId}" (M01-M25).`);
    const before = { ...marker };
    if (marker.level !== patch.level || (patch.assessed !== undefined && patch.assessed !== marker.assessed)) {
      // previousLevel records the level this one replaced, so a re-assessment at the same level keeps it
      if (marker.level !== patch.level) marker.previousLevel = marker.level;
      marker.level = patch.level;
      marker.assessed = patch.assessed ?? today(ctx);
    }
    return { action: 'update-marker', entity: 'marker', entityId: `${code}/${markerId}`, before, after: () => ({ ...marker }) };
  });

const TA_ID = /^TA-(\d{4})-(\d{4,})$/;

export function createTaRequest(draft: MockState, ctx: WriteCtx, code: string, body: TaRequestCreate) {
  const year = today(ctx).slice(0, 4);
  const highest = Object.values(draft.details)
    .flatMap((d) => d.taRequests)
    .map((t) => TA_ID.exec(t.id))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === year)
    .reduce((max, m) => Math.max(max, Number(m[2])), 100);
  const id = `TA-${year}-${String(highest + 1).padStart(4, '0')}`;
  return writeJurisdiction(draft, ctx, code, (d) => {
    const ta = { id, category: body.category, title: body.title, status: body.status ?? 'requested', requested: body.requested ?? today(ctx), updated: today(ctx) };
    d.taRequests.push(ta);
    return { action: 'create-ta-request', entity: 'ta-request', entityId: id, before: null, after: () => ({ ...ta }) };
  });
}

export const updateTaRequest = (draft: MockState, ctx: WriteCtx, code: string, taId: string, patch: TaRequestPatch) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const ta = d.taRequests.find((t) => t.id === taId);
    if (!ta) throw new MockProblem(404, `${d.name} has no TA request "${taId}".`);
    const before = { ...ta };
    const next = { ...ta, ...patch };
    if (next.category !== ta.category || next.title !== ta.title || next.status !== ta.status) Object.assign(ta, next, { updated: today(ctx) });
    return { action: 'update-ta-request', entity: 'ta-request', entityId: taId, before, after: () => ({ ...ta }) };
  });

export const updateSwic = (draft: MockState, ctx: WriteCtx, code: string, patch: SwicPatch) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const before = { ...d.swic };
    d.swic = { ...d.swic, ...patch };
    return { action: 'update-swic', entity: 'jurisdiction', entityId: code, before, after: (x) => ({ ...x.swic }) };
  });

export const updateGovernance = (draft: MockState, ctx: WriteCtx, code: string, patch: GovernancePatch) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const before = { ...d.governanceBody };
    d.governanceBody = { ...d.governanceBody, ...patch };
    return { action: 'update-governance', entity: 'jurisdiction', entityId: code, before, after: (x) => ({ ...x.governanceBody }) };
  });

export const putNotes = (draft: MockState, ctx: WriteCtx, code: string, body: NotesPut) =>
  writeJurisdiction(draft, ctx, code, (d) => {
    const before = { notes: d.notes };
    d.notes = body.notes;
    return { action: 'update-notes', entity: 'jurisdiction', entityId: code, before, after: (x) => ({ notes: x.notes }) };
  });
