/**
 * The rules that tie the sample data together, so the summary a jurisdiction shows is
 * always derivable from its detail: SCIP status from its plan/workshop/report history,
 * marker counts and lane levels from its 25 markers. Used to build the dataset, to
 * advance it, and by the tests to prove consistency.
 */
import type {
  JurisdictionDetail,
  JurisdictionSummary,
  Lane,
  LaneLevels,
  Marker,
  MarkerCounts,
  MarkerLevel,
  ScipStatus,
  ScipSummary,
} from '../../src/api/schemas';
import { LANES } from '../../src/api/schemas';
import { addMonths, maxDate } from './dates';

export type ScipHistory = JurisdictionDetail['scipHistory'];

/** a plan is "update due" when it expires within this many months of asOf */
export const UPDATE_DUE_MONTHS = 6;
/** an annual report is late when none has been received for this many months (12 + 3 grace) */
export const ANNUAL_REPORT_LATE_MONTHS = 15;

/**
 * SCIP status of a history at a moment (asOf date, YYYY-MM-DD). Precedence:
 * 1. in-progress — a SCIP-update workshop was held after the current plan was adopted
 * 2. workshop-scheduled — a workshop is scheduled after asOf
 * 3. overdue — the plan has expired, or no annual report for 15 months (counting from
 *    the current plan's adoption when it is more recent than the last report)
 * 4. update-due — the plan expires within 6 months
 * 5. current
 */
export function deriveScipSummary(history: ScipHistory, asOfDate: string): ScipSummary {
  const plans = [...history.plans].sort((a, b) => a.adopted.localeCompare(b.adopted));
  const plan = plans[plans.length - 1];
  if (!plan) throw new Error('deriveScipSummary: a jurisdiction needs at least one plan');

  let lastAnnualReport: string | null = null;
  for (const r of history.annualReports) {
    if (r.submitted !== null && r.submitted <= asOfDate && (lastAnnualReport === null || r.submitted > lastAnnualReport)) {
      lastAnnualReport = r.submitted;
    }
  }

  let nextWorkshop: string | null = null;
  for (const w of history.workshops) {
    if (w.status === 'scheduled' && w.date > asOfDate && (nextWorkshop === null || w.date < nextWorkshop)) {
      nextWorkshop = w.date;
    }
  }

  const updateInProgress = history.workshops.some(
    (w) => w.kind === 'scip-update' && w.status === 'held' && w.date > plan.adopted && w.date <= asOfDate,
  );
  const reportReference = maxDate(plan.adopted, lastAnnualReport ?? plan.adopted);
  const reportLate = reportReference < addMonths(asOfDate, -ANNUAL_REPORT_LATE_MONTHS);

  let status: ScipStatus;
  if (updateInProgress) status = 'in-progress';
  else if (nextWorkshop !== null) status = 'workshop-scheduled';
  else if (plan.expires < asOfDate || reportLate) status = 'overdue';
  else if (plan.expires <= addMonths(asOfDate, UPDATE_DUE_MONTHS)) status = 'update-due';
  else status = 'current';

  return { status, adopted: plan.adopted, expires: plan.expires, lastAnnualReport, nextWorkshop };
}

const ORDER: Record<Exclude<MarkerLevel, 'not-assessed'>, number> = { initial: 0, defined: 1, optimized: 2 };
const BY_ORDER = ['initial', 'defined', 'optimized'] as const;

/**
 * A lane's level: the (lower) median of its assessed markers; 'not-assessed' when fewer
 * than 3 of its 5 markers are assessed.
 */
export function laneLevelOf(levels: readonly MarkerLevel[]): MarkerLevel {
  const assessed = levels
    .filter((l): l is Exclude<MarkerLevel, 'not-assessed'> => l !== 'not-assessed')
    .map((l) => ORDER[l])
    .sort((a, b) => a - b);
  if (assessed.length < 3) return 'not-assessed';
  const median = assessed[Math.floor((assessed.length - 1) / 2)];
  return median === undefined ? 'not-assessed' : BY_ORDER[median] ?? 'not-assessed';
}

export function laneLevels(markers: readonly Marker[]): LaneLevels {
  const of = (lane: Lane) => laneLevelOf(markers.filter((m) => m.lane === lane).map((m) => m.level));
  const out = {} as LaneLevels;
  for (const lane of LANES) out[lane] = of(lane);
  return out;
}

export function markerCounts(markers: readonly Marker[]): MarkerCounts {
  const counts: MarkerCounts = { initial: 0, defined: 0, optimized: 0, 'not-assessed': 0 };
  for (const m of markers) counts[m.level] += 1;
  return counts;
}

/** Recomputes the derived summary fields of a detail in place (scip, markers, lanes). */
export function refreshDerived(detail: JurisdictionDetail, asOfDate: string): void {
  detail.scip = deriveScipSummary(detail.scipHistory, asOfDate);
  detail.markers = markerCounts(detail.markerDetails);
  detail.lanes = laneLevels(detail.markerDetails);
}

/** The list-endpoint view of a detail (fresh objects, nothing shared). */
export function toSummary(d: JurisdictionDetail): JurisdictionSummary {
  return {
    code: d.code,
    fips: d.fips,
    name: d.name,
    type: d.type,
    regionId: d.regionId,
    scip: { ...d.scip },
    markers: { ...d.markers },
    lanes: { ...d.lanes },
  };
}
