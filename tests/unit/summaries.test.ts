import { describe, expect, it } from 'vitest';
import type { JurisdictionSummary, MarkerCounts, ScipStatus } from '../../src/api/schemas';
import {
  countByStatus,
  definedOrBetterTotals,
  dueSoonList,
  markerLevelTotals,
  overdueList,
  rankRegions,
  regionSummaries,
  workshopsWithin,
} from '../../src/data/summaries';

const AS_OF = '2026-11-20T14:00:00Z';

function summary(
  code: string,
  name: string,
  regionId: number,
  status: ScipStatus,
  opts: { expires?: string; nextWorkshop?: string | null; markers?: Partial<MarkerCounts> } = {},
): JurisdictionSummary {
  return {
    code,
    fips: '01',
    name,
    type: 'state',
    regionId,
    scip: {
      status,
      adopted: '2022-01-01',
      expires: opts.expires ?? '2028-01-01',
      lastAnnualReport: '2026-01-01',
      nextWorkshop: opts.nextWorkshop ?? null,
    },
    markers: { initial: 0, defined: 0, optimized: 0, 'not-assessed': 0, ...opts.markers },
    lanes: { governance: 'defined', sop: 'defined', technology: 'initial', training: 'initial', usage: 'optimized' },
  };
}

const FIXTURE: JurisdictionSummary[] = [
  summary('AA', 'Alpha', 1, 'overdue', { expires: '2026-03-01', markers: { initial: 20, defined: 5 } }),
  summary('BB', 'Bravo', 1, 'current', { expires: '2027-04-01', markers: { defined: 10, optimized: 10, 'not-assessed': 5 } }),
  summary('CC', 'Charlie', 2, 'update-due', { expires: '2027-02-10', markers: { initial: 5, defined: 15, optimized: 5 } }),
  summary('DD', 'Delta', 2, 'workshop-scheduled', { expires: '2029-01-01', nextWorkshop: '2026-12-15', markers: { initial: 25 } }),
  summary('EE', 'Echo', 2, 'in-progress', { expires: '2026-12-31', nextWorkshop: '2027-03-01', markers: { defined: 25 } }),
  summary('FF', 'Foxtrot', 3, 'overdue', { expires: '2027-08-01', markers: { initial: 25 } }),
  summary('GG', 'Golf', 3, 'workshop-scheduled', { nextWorkshop: '2026-11-20', markers: { optimized: 25 } }),
];

describe('countByStatus', () => {
  it('counts every status, including the ones with no jurisdictions', () => {
    expect(countByStatus(FIXTURE)).toEqual({
      current: 1,
      'update-due': 1,
      overdue: 2,
      'in-progress': 1,
      'workshop-scheduled': 2,
    });
    expect(countByStatus([])).toEqual({ current: 0, 'update-due': 0, overdue: 0, 'in-progress': 0, 'workshop-scheduled': 0 });
  });
});

describe('markerLevelTotals and definedOrBetterTotals', () => {
  it('sums the marker counts over all summaries', () => {
    expect(markerLevelTotals(FIXTURE)).toEqual({ initial: 75, defined: 55, optimized: 40, 'not-assessed': 5 });
  });

  it('counts Defined + Optimized over all markers, not-assessed included in the total', () => {
    expect(definedOrBetterTotals(FIXTURE)).toEqual({ count: 95, total: 175, share: 95 / 175 });
    expect(definedOrBetterTotals([])).toEqual({ count: 0, total: 0, share: 0 });
  });
});

describe('workshopsWithin', () => {
  it('keeps next workshops in (asOf, asOf + days], soonest first', () => {
    expect(workshopsWithin(FIXTURE, AS_OF, 30).map((s) => s.code)).toEqual(['DD']);
    // GG's workshop is on the asOf day itself: excluded (the window is open at the start)
    expect(workshopsWithin(FIXTURE, AS_OF, 120).map((s) => s.code)).toEqual(['DD', 'EE']);
    expect(workshopsWithin(FIXTURE, AS_OF, 24)).toEqual([]);
    // 2026-11-20 + 25 days = 2026-12-15: the end of the window is included
    expect(workshopsWithin(FIXTURE, AS_OF, 25).map((s) => s.code)).toEqual(['DD']);
  });
});

describe('overdueList and dueSoonList', () => {
  it('lists overdue jurisdictions, earliest expiry first', () => {
    expect(overdueList(FIXTURE).map((s) => s.code)).toEqual(['AA', 'FF']);
  });

  it('lists update-due or expiring within 6 months, without repeating overdue ones', () => {
    // window (2026-11-20, 2027-05-20]: EE 2026-12-31, CC update-due, BB 2027-04-01; AA/FF are overdue, DD/GG expire later
    expect(dueSoonList(FIXTURE, AS_OF).map((s) => s.code)).toEqual(['EE', 'CC', 'BB']);
    // a year on: CC is still update-due (its status says so) and GG (2028-01-01) has come within 6 months
    expect(dueSoonList(FIXTURE, '2027-12-01').map((s) => s.code)).toEqual(['CC', 'GG']);
  });

  it('uses a 6-calendar-month window, inclusive at the end', () => {
    const edge = [summary('XX', 'Xray', 1, 'current', { expires: '2027-05-20' }), summary('YY', 'Yankee', 1, 'current', { expires: '2027-05-21' })];
    expect(dueSoonList(edge, AS_OF).map((s) => s.code)).toEqual(['XX']);
  });
});

describe('regionSummaries and rankRegions', () => {
  it('filters one region, by name', () => {
    expect(regionSummaries(FIXTURE, 2).map((s) => s.code)).toEqual(['CC', 'DD', 'EE']);
    expect(regionSummaries(FIXTURE, 9)).toEqual([]);
  });

  it('ranks by share at Defined or better, then fewer overdue, then region number', () => {
    const ranks = rankRegions(FIXTURE, [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
    expect(ranks).toEqual([
      { regionId: 2, share: 45 / 75, overdue: 0, count: 3 },
      { regionId: 1, share: 25 / 50, overdue: 1, count: 2 },
      { regionId: 3, share: 25 / 50, overdue: 1, count: 2 },
      { regionId: 4, share: 0, overdue: 0, count: 0 },
    ]);
  });
});
