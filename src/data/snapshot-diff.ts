/**
 * "Changes since last briefing": what differs between two snapshots of the jurisdiction
 * summaries, in sentences a room can read ("Texas: Current → Overdue").
 *
 * Only what `/jurisdictions` summaries carry is compared: SCIP status, plan adopted and
 * expiry dates, the count of markers at Defined or better, the next workshop and the last
 * annual report. TA requests, marker names and SWIC contacts live only in the per-state
 * details, which the wall does not fetch for all 56 (one request each), so their changes
 * are deliberately not reported here.
 */
import type { JurisdictionSummary } from '../api/schemas';
import { formatDay } from './freshness';
import { SCIP_STATUS_LABEL } from './scip';
import { definedOrBetterTotals } from './summaries';

export type ChangeKind =
  | 'status'
  | 'plan'
  | 'expires'
  | 'markers'
  | 'workshop-added'
  | 'workshop-moved'
  | 'workshop-removed'
  | 'annual-report'
  | 'added'
  | 'removed';

export interface SnapshotChange {
  code: string;
  name: string;
  kind: ChangeKind;
  /** one sentence, e.g. "Texas: Current → Overdue" */
  text: string;
  /** for counts and statuses: did things get better or worse? */
  direction: 'up' | 'down' | 'neutral';
}

export interface DiffableSnapshot {
  summaries: readonly JurisdictionSummary[];
}

/** Most important first: what the room should read before the ticker runs out of space. */
const KIND_ORDER: readonly ChangeKind[] = [
  'status',
  'plan',
  'expires',
  'markers',
  'workshop-added',
  'workshop-moved',
  'workshop-removed',
  'annual-report',
  'added',
  'removed',
];

/** Statuses ranked from worst to best, to say whether a change is good news. */
const STATUS_RANK: Record<JurisdictionSummary['scip']['status'], number> = {
  overdue: 0,
  'update-due': 1,
  'workshop-scheduled': 2,
  'in-progress': 3,
  current: 4,
};

const definedOrBetterCount = (s: JurisdictionSummary): number => definedOrBetterTotals([s]).count;

function compare(a: JurisdictionSummary, b: JurisdictionSummary): SnapshotChange[] {
  const out: SnapshotChange[] = [];
  const add = (kind: ChangeKind, text: string, direction: SnapshotChange['direction'] = 'neutral') =>
    out.push({ code: b.code, name: b.name, kind, text: `${b.name}: ${text}`, direction });

  if (a.scip.status !== b.scip.status) {
    const rankA = STATUS_RANK[a.scip.status];
    const rankB = STATUS_RANK[b.scip.status];
    add(
      'status',
      `${SCIP_STATUS_LABEL[a.scip.status]} → ${SCIP_STATUS_LABEL[b.scip.status]}`,
      rankB > rankA ? 'up' : rankB < rankA ? 'down' : 'neutral',
    );
  }
  if (a.scip.adopted !== b.scip.adopted) {
    // A new adoption date is a new plan; its expiry is part of the same news.
    add('plan', `new plan adopted ${formatDay(b.scip.adopted)}, expires ${formatDay(b.scip.expires)}`, 'up');
  } else if (a.scip.expires !== b.scip.expires) {
    add('expires', `plan expiry ${formatDay(a.scip.expires)} → ${formatDay(b.scip.expires)}`);
  }
  const before = definedOrBetterCount(a);
  const after = definedOrBetterCount(b);
  if (before !== after) {
    const delta = after - before;
    add(
      'markers',
      `markers at Defined or better ${before} → ${after} (${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)})`,
      delta > 0 ? 'up' : 'down',
    );
  } else if (a.markers.optimized !== b.markers.optimized) {
    // Defined → Optimized leaves the Defined-or-better count alone but is still progress.
    const up = b.markers.optimized > a.markers.optimized;
    add('markers', `markers at Optimized ${a.markers.optimized} → ${b.markers.optimized}`, up ? 'up' : 'down');
  } else if (a.markers['not-assessed'] !== b.markers['not-assessed']) {
    const assessedA = a.markers.initial + a.markers.defined + a.markers.optimized;
    const assessedB = b.markers.initial + b.markers.defined + b.markers.optimized;
    add('markers', `markers assessed ${assessedA} → ${assessedB}`);
  }
  const wa = a.scip.nextWorkshop;
  const wb = b.scip.nextWorkshop;
  if (wa === null && wb !== null) add('workshop-added', `workshop scheduled for ${formatDay(wb)}`, 'up');
  else if (wa !== null && wb === null) add('workshop-removed', `workshop of ${formatDay(wa)} no longer scheduled (held or cancelled)`);
  else if (wa !== null && wb !== null && wa !== wb) add('workshop-moved', `next workshop ${formatDay(wa)} → ${formatDay(wb)}`);
  if (a.scip.lastAnnualReport !== b.scip.lastAnnualReport && b.scip.lastAnnualReport !== null) {
    add('annual-report', `annual report received ${formatDay(b.scip.lastAnnualReport)}`, 'up');
  }
  return out;
}

/**
 * Every change from `prev` to `next`, most important kind first, then by jurisdiction name.
 * Pure and total: jurisdictions present in only one snapshot are reported as added/removed.
 */
export function diffSnapshots(prev: DiffableSnapshot, next: DiffableSnapshot): SnapshotChange[] {
  const before = new Map(prev.summaries.map((s) => [s.code, s]));
  const after = new Map(next.summaries.map((s) => [s.code, s]));
  const changes: SnapshotChange[] = [];
  for (const b of next.summaries) {
    const a = before.get(b.code);
    if (a) changes.push(...compare(a, b));
    else changes.push({ code: b.code, name: b.name, kind: 'added', text: `${b.name}: now reported`, direction: 'neutral' });
  }
  for (const a of prev.summaries) {
    if (!after.has(a.code)) {
      changes.push({ code: a.code, name: a.name, kind: 'removed', text: `${a.name}: no longer reported`, direction: 'neutral' });
    }
  }
  return changes.sort(
    (x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.name.localeCompare(y.name),
  );
}
