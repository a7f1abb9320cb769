/** The mock API's coordinator writes (contact details; admin: the jurisdictions each covers). */
import type { Coordinator } from '../../src/api/schemas';
import type { ContactPatch, CoveragePut } from '../../src/api/write-schemas';
import { recordAudit } from './audit-log';
import { etagOf } from './etag';
import { checkIfMatch, type WriteCtx } from './jurisdiction-writes';
import { checkRegion } from './principal';
import { MockProblem } from './problem';
import { findCoordinator, refreshCoordinators, represent, type MockState, type Representation } from './state';
import type { Committed } from './store';

const contact = (c: Coordinator) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone });

function locate(draft: MockState, ctx: WriteCtx, id: string) {
  const found = findCoordinator(draft, id);
  if (!found) throw new MockProblem(404, `No coordinator with id "${id}".`);
  checkRegion(ctx.principal, found.region.id, `coordinator ${id}`);
  const beforeJson = JSON.stringify(found.coordinator);
  checkIfMatch(ctx.ifMatch, etagOf(beforeJson), `Coordinator ${id}`);
  return { ...found, beforeJson };
}

export function updateCoordinatorContact(draft: MockState, ctx: WriteCtx, id: string, patch: ContactPatch): Committed<Representation> {
  const { coordinator, beforeJson } = locate(draft, ctx, id);
  const before = contact(coordinator);
  Object.assign(coordinator, patch);
  const after = represent(coordinator);
  if (after.body === beforeJson) return { result: after, change: null };
  refreshCoordinators(draft);
  recordAudit(draft, ctx.principal, ctx.now, { action: 'update-contact', entity: 'coordinator', entityId: id, before, after: contact(coordinator) }, null);
  return { result: after, change: { entity: 'coordinator', entityId: id, jurisdiction: null } };
}

export function putCoverage(draft: MockState, ctx: WriteCtx, id: string, body: CoveragePut): Committed<Representation> {
  if (ctx.principal.role !== 'admin') throw new MockProblem(403, 'Only an admin can change which jurisdictions a coordinator covers.');
  const { region, coordinator, beforeJson } = locate(draft, ctx, id);
  const outside = body.jurisdictions.filter((code) => !region.jurisdictions.includes(code));
  if (outside.length > 0) throw new MockProblem(422, `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in Region ${region.id}.`);
  const before = [...coordinator.jurisdictions];
  coordinator.jurisdictions = [...new Set(body.jurisdictions)].sort();
  const covered = new Set(region.coordinators.flatMap((c) => c.jurisdictions));
  const uncovered = region.jurisdictions.filter((code) => !covered.has(code));
  if (uncovered.length > 0) {
    throw new MockProblem(422, `Every jurisdiction of Region ${region.id} needs a coordinator: ${uncovered.join(', ')} would have none.`);
  }
  const after = represent(coordinator);
  if (after.body === beforeJson) return { result: after, change: null };
  refreshCoordinators(draft);
  recordAudit(
    draft,
    ctx.principal,
    ctx.now,
    { action: 'update-coverage', entity: 'coordinator', entityId: id, before: { jurisdictions: before }, after: { jurisdictions: [...coordinator.jurisdictions] } },
    null,
  );
  return { result: after, change: { entity: 'coordinator', entityId: id, jurisdiction: null } };
}
