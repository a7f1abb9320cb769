/**
 * The rules that tie the sample data together, so the summary a jurisdiction shows is
 * always derivable from its detail: SCIP status from its plan/workshop/report history,
 * marker counts and lane levels from its 25 markers (src/data/derived.ts, shared with the
 * real API). Used to build the dataset, to advance it, and by the tests to prove consistency.
 */
import type { JurisdictionDetail, ScipStatus, ScipSummary } from '../api/schemas';
import { laneLevels, markerCounts } from '../data/derived';
import { addMonths, maxDate } from './dates';

// The summary-from-detail rules the real API shares live beside the contract.
export { laneLevelOf, laneLevels, markerCounts, toSummary } from '../data/derived';

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

/** Recomputes the derived summary fields of a detail in place (scip, markers, lanes). */
export function refreshDerived(detail: JurisdictionDetail, asOfDate: string): void {
  detail.scip = deriveScipSummary(detail.scipHistory, asOfDate);
  detail.markers = markerCounts(detail.markerDetails);
  detail.lanes = laneLevels(detail.markerDetails);
}
