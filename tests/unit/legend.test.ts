import { describe, expect, it } from 'vitest';
import { buildLegend, filteredCodes, shareBin, NO_DATA_KEY } from '../../src/data/legend';
import { JURISDICTIONS } from '../../src/data/reference';
import { fillColorExpression } from '../../src/ui/map/map-style';
import type { JurisdictionSummary } from '../../src/api/schemas';

const ALL = JURISDICTIONS.map((j) => j.code);

function summary(code: string, over: Partial<JurisdictionSummary> = {}): JurisdictionSummary {
  const ref = JURISDICTIONS.find((j) => j.code === code);
  if (!ref) throw new Error(code);
  return {
    code,
    fips: ref.fips,
    name: ref.name,
    type: ref.type,
    regionId: ref.regionId,
    scip: { status: 'current', adopted: '2024-01-01', expires: '2028-01-01', lastAnnualReport: '2026-01-01', nextWorkshop: null },
    markers: { initial: 5, defined: 10, optimized: 5, 'not-assessed': 5 },
    lanes: { governance: 'defined', sop: 'initial', technology: 'optimized', training: 'not-assessed', usage: 'defined' },
    ...over,
  };
}

describe('legend classes', () => {
  it('region layer: 10 classes covering all 56 from reference data even without the API', () => {
    const legend = buildLegend('region', [], ALL);
    expect(legend.classes).toHaveLength(10);
    expect(legend.classes.reduce((n, c) => n + c.codes.length, 0)).toBe(56);
    expect(legend.classes.find((c) => c.key === 'r4')?.codes.sort()).toEqual(['AL', 'FL', 'GA', 'KY', 'MS', 'NC', 'SC', 'TN']);
  });

  it('scip layer: counts sum to 56 and missing data falls into the hatched no-data class', () => {
    const summaries = ALL.filter((c) => c !== 'GU').map((c) => summary(c, c === 'TX' ? { scip: { ...summary(c).scip, status: 'overdue' } } : {}));
    const legend = buildLegend('scip', summaries, ALL);
    expect(legend.classes.reduce((n, c) => n + c.codes.length, 0)).toBe(56);
    expect(legend.classes.find((c) => c.key === 'overdue')?.codes).toEqual(['TX']);
    const noData = legend.classes.find((c) => c.key === NO_DATA_KEY);
    expect(noData?.codes).toEqual(['GU']);
    expect(noData?.noData).toBe(true);
  });

  it('lane layer: not-assessed is the no-data class', () => {
    const legend = buildLegend('lane-training', ALL.map((c) => summary(c)), ALL);
    expect(legend.classes.find((c) => c.key === NO_DATA_KEY)?.codes).toHaveLength(56);
  });

  it('markers layer bins the share of Defined-or-better', () => {
    expect(shareBin(0)).toBe(0);
    expect(shareBin(0.2)).toBe(1);
    expect(shareBin(0.599)).toBe(2);
    expect(shareBin(0.6)).toBe(3);
    expect(shareBin(1)).toBe(4);
    const legend = buildLegend('markers', ALL.map((c) => summary(c)), ALL);
    // 15 of 25 = 60% → bin 3
    expect(legend.classes.find((c) => c.key === 'share-3')?.codes).toHaveLength(56);
  });

  it('the paint expression gives each code its class colour', () => {
    const legend = buildLegend('region', [], ALL);
    const expr = fillColorExpression(legend);
    expect(Array.isArray(expr)).toBe(true);
    const arr = expr as unknown[];
    const idx = arr.findIndex((x) => Array.isArray(x) && (x as string[]).includes('TX'));
    expect(arr[idx + 1]).toBe(legend.classes.find((c) => c.key === 'r6')?.color);
  });

  it('filters codes by legend keys', () => {
    const legend = buildLegend('region', [], ALL);
    expect(filteredCodes(legend, null)).toBeNull();
    expect([...(filteredCodes(legend, 'r2') ?? [])].sort()).toEqual(['NJ', 'NY', 'PR', 'VI']);
  });
});
