/**
 * One plain-language sentence for a jurisdiction's SCIP status, e.g.
 * "Plan adopted 2022-03, expires 2027-03; annual report overdue since 2026-06".
 * Pure: the moment of truth is the dataset's asOf, never the clock, so the sentence
 * agrees with the status the API derived at that moment.
 */
import type { ScipSummary } from '../api/schemas';

/** A plan is "update due" when it expires within this many months (the status model's rule). */
export const UPDATE_DUE_MONTHS = 6;
/** Annual SCIP snapshots are due every 12 months after the plan or the last report. */
export const ANNUAL_REPORT_DUE_MONTHS = 12;
/** The status turns overdue after a 3-month grace on top of the 12 months. */
export const ANNUAL_REPORT_LATE_MONTHS = 15;

/** The YYYY-MM-DD part of an ISO date or date-time. */
export const isoDay = (iso: string): string => iso.slice(0, 10);

/** Calendar months added to an ISO date (UTC), clamping the day: 2026-01-31 + 1 → 2026-02-28. */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = isoDay(date).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return isoDay(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Calendar days added to an ISO date (UTC). */
export function addDaysIso(date: string, days: number): string {
  const ms = Date.parse(`${isoDay(date)}T00:00:00Z`);
  return Number.isNaN(ms) ? isoDay(date) : new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

const month = (date: string): string => date.slice(0, 7);

/** Reports are counted from the later of the plan's adoption and the last report received. */
const reportReference = (scip: ScipSummary): string =>
  scip.lastAnnualReport !== null && scip.lastAnnualReport > scip.adopted ? scip.lastAnnualReport : scip.adopted;

/** When the next annual report fell (or falls) due: 12 months after the reference date. */
export function annualReportDue(scip: ScipSummary): string {
  return addMonthsIso(reportReference(scip), ANNUAL_REPORT_DUE_MONTHS);
}

function reportLate(scip: ScipSummary, today: string): boolean {
  return addMonthsIso(reportReference(scip), ANNUAL_REPORT_LATE_MONTHS) < today;
}

function statusClause(scip: ScipSummary, today: string): string {
  const expired = scip.expires < today;
  switch (scip.status) {
    case 'overdue': {
      const reasons: string[] = [];
      if (expired) reasons.push('plan update overdue'); // the expiry month is already in the sentence
      if (reportLate(scip, today)) reasons.push(`annual report overdue since ${month(annualReportDue(scip))}`);
      // the API said overdue for a reason we cannot see in the summary: say so plainly
      return reasons.length > 0 ? reasons.join('; ') : 'marked overdue';
    }
    case 'update-due':
      return expired ? 'plan update due now' : `plan update due before ${month(scip.expires)}`;
    case 'in-progress':
      return scip.nextWorkshop
        ? `plan update in progress; next workshop ${scip.nextWorkshop}`
        : 'plan update in progress after a SCIP update workshop';
    case 'workshop-scheduled':
      return scip.nextWorkshop ? `SCIP workshop scheduled for ${scip.nextWorkshop}` : 'SCIP workshop scheduled (date to be confirmed)';
    case 'current':
      return scip.lastAnnualReport
        ? `last annual report ${month(scip.lastAnnualReport)}, next due ${month(annualReportDue(scip))}`
        : `first annual report due ${month(annualReportDue(scip))}`;
  }
}

/**
 * "Plan adopted YYYY-MM, expires|expired YYYY-MM; <what the status means now>".
 * `asOfIso` is meta.asOf (date or date-time).
 */
export function scipSentence(scip: ScipSummary, asOfIso: string): string {
  const today = isoDay(asOfIso);
  const verb = scip.expires < today ? 'expired' : 'expires';
  return `Plan adopted ${month(scip.adopted)}, ${verb} ${month(scip.expires)}; ${statusClause(scip, today)}`;
}
