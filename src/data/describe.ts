import type { JurisdictionSummary } from '../api/schemas';
import { JURISDICTION_BY_CODE } from './reference';
import { SCIP_STATUS_LABEL } from './scip';

/** "Texas · Region 6 · SCIP: Overdue" — the one-line description used by tooltips and announcements. */
export function describeJurisdiction(code: string, byCode: ReadonlyMap<string, JurisdictionSummary>): string {
  const s = byCode.get(code);
  if (s) return `${s.name} · Region ${s.regionId} · SCIP: ${SCIP_STATUS_LABEL[s.scip.status]}`;
  const ref = JURISDICTION_BY_CODE.get(code);
  return ref ? `${ref.name} · Region ${ref.regionId} · SCIP: no data` : code;
}
