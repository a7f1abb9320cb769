/**
 * Pure view-model functions over the jurisdiction summaries, shared by the details
 * panels and the wall display (keep the names stable). No React, no clock: "now" is
 * always the dataset's asOf, passed in.
 */
import type { JurisdictionSummary, MarkerCounts, ScipStatus } from '../api/schemas';
import { SCIP_STATUSES } from '../api/schemas';
import { definedOrBetterShare } from './scip';
import { addDaysIso, addMonthsIso, isoDay, UPDATE_DUE_MONTHS } from './scip-sentence';

type Summaries = readonly JurisdictionSummary[];

export function countByStatus(summaries: Summaries): Record<ScipStatus, number> {
  const counts = Object.fromEntries(SCIP_STATUSES.map((s) => [s, 0])) as Record<ScipStatus, number>;
  for (const s of summaries) counts[s.scip.status] += 1;
  return counts;
}

export function markerLevelTotals(summaries: Summaries): MarkerCounts {
  const totals: MarkerCounts = { initial: 0, defined: 0, optimized: 0, 'not-assessed': 0 };
  for (const s of summaries) {
    totals.initial += s.markers.initial;
    totals.defined += s.markers.defined;
    totals.optimized += s.markers.optimized;
    totals['not-assessed'] += s.markers['not-assessed'];
  }
  return totals;
}

/** Markers at Defined or Optimized over all markers (not-assessed counts in the total). */
export function definedOrBetterTotals(summaries: Summaries): { count: number; total: number; share: number } {
  const t = markerLevelTotals(summaries);
  const total = t.initial + t.defined + t.optimized + t['not-assessed'];
  return { count: t.defined + t.optimized, total, share: definedOrBetterShare(t) };
}

const byName = (a: JurisdictionSummary, b: JurisdictionSummary) => a.name.localeCompare(b.name);

/** Jurisdictions whose next workshop falls in (asOf, asOf + days], soonest first. */
export function workshopsWithin(summaries: Summaries, asOfIso: string, days: number): JurisdictionSummary[] {
  const from = isoDay(asOfIso);
  const to = addDaysIso(from, days);
  return summaries
    .filter((s) => s.scip.nextWorkshop !== null && s.scip.nextWorkshop > from && s.scip.nextWorkshop <= to)
    .sort((a, b) => (a.scip.nextWorkshop ?? '').localeCompare(b.scip.nextWorkshop ?? '') || byName(a, b));
}

/** Status "overdue", longest overdue (earliest expiry) first. */
export function overdueList(summaries: Summaries): JurisdictionSummary[] {
  return summaries
    .filter((s) => s.scip.status === 'overdue')
    .sort((a, b) => a.scip.expires.localeCompare(b.scip.expires) || byName(a, b));
}

/**
 * Due soon: status "update-due", or the plan expires within 6 months of asOf
 * (asOf < expires ≤ asOf + 6 months). Overdue ones are left to overdueList so the two
 * lists never repeat a jurisdiction. Soonest expiry first.
 */
export function dueSoonList(summaries: Summaries, asOfIso: string): JurisdictionSummary[] {
  const from = isoDay(asOfIso);
  const to = addMonthsIso(from, UPDATE_DUE_MONTHS);
  return summaries
    .filter((s) => {
      if (s.scip.status === 'overdue') return false;
      if (s.scip.status === 'update-due') return true;
      return s.scip.expires > from && s.scip.expires <= to;
    })
    .sort((a, b) => a.scip.expires.localeCompare(b.scip.expires) || byName(a, b));
}

/** A region's jurisdictions by name. */
export function regionSummaries(summaries: Summaries, regionId: number): JurisdictionSummary[] {
  return summaries.filter((s) => s.regionId === regionId).sort(byName);
}

export interface RegionRank {
  regionId: number;
  /** share (0–1) of the region's markers at Defined or better */
  share: number;
  /** jurisdictions with status overdue */
  overdue: number;
  /** jurisdictions in the region (among the summaries given) */
  count: number;
}

/**
 * Regions by share of markers at Defined or better (highest first); ties go to fewer
 * overdue, then the lower region number. Accepts API regions or reference regions.
 */
export function rankRegions(summaries: Summaries, regions: readonly { id: number }[]): RegionRank[] {
  return regions
    .map((r) => {
      const members = summaries.filter((s) => s.regionId === r.id);
      return {
        regionId: r.id,
        share: definedOrBetterTotals(members).share,
        overdue: members.filter((s) => s.scip.status === 'overdue').length,
        count: members.length,
      };
    })
    .sort((a, b) => b.share - a.share || a.overdue - b.overdue || a.regionId - b.regionId);
}
