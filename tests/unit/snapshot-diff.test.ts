import { describe, expect, it } from 'vitest';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { advanceSampleDataset } from '../../src/sample-data/advance';
import { datasetFor } from '../../mocks/handlers';
import { diffSnapshots } from '../../src/data/snapshot-diff';
import type { JurisdictionSummary } from '../../src/api/schemas';

const base = buildSampleDataset();

function withSummary(code: string, patch: (s: JurisdictionSummary) => JurisdictionSummary) {
  return { summaries: base.summaries.map((s) => (s.code === code ? patch(structuredClone(s)) : s)) };
}

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it('reports every summary-level change the mock API makes between version 0 and version 1', () => {
    // `datasetFor(1)` is what the mock serves with faults { version: 1 }.
    const next = datasetFor(1);
    const changes = diffSnapshots(datasetFor(0), next);
    const changedCodes = new Set(
      next.summaries
        .filter((s) => JSON.stringify(s) !== JSON.stringify(base.summaries.find((b) => b.code === s.code)))
        .map((s) => s.code),
    );
    expect(changes.length).toBeGreaterThan(0);
    // every jurisdiction whose summary changed is mentioned, and nothing else
    expect(new Set(changes.map((c) => c.code))).toEqual(changedCodes);
    for (const c of changes.filter((x) => x.kind === 'status')) {
      const before = base.summaries.find((s) => s.code === c.code)!;
      const after = next.summaries.find((s) => s.code === c.code)!;
      expect(before.scip.status).not.toBe(after.scip.status);
      expect(c.text).toMatch(new RegExp(`^${after.name}: .+ → .+$`));
    }
  });

  it('names a status change with both labels, and calls an improvement "up"', () => {
    const next = withSummary('TX', (s) => ({ ...s, scip: { ...s.scip, status: 'overdue' } }));
    const prev = withSummary('TX', (s) => ({ ...s, scip: { ...s.scip, status: 'current' } }));
    expect(diffSnapshots(prev, next)).toEqual([
      { code: 'TX', name: 'Texas', kind: 'status', text: 'Texas: Current → Overdue', direction: 'down' },
    ]);
    expect(diffSnapshots(next, prev)[0]?.direction).toBe('up');
  });

  it('counts markers at Defined or better up and down', () => {
    const prev = withSummary('OH', (s) => ({ ...s, markers: { initial: 10, defined: 10, optimized: 5, 'not-assessed': 0 } }));
    const next = withSummary('OH', (s) => ({ ...s, markers: { initial: 8, defined: 11, optimized: 6, 'not-assessed': 0 } }));
    const [change] = diffSnapshots(prev, next);
    expect(change?.text).toBe('Ohio: markers at Defined or better 15 → 17 (up 2)');
    expect(diffSnapshots(next, prev)[0]?.text).toBe('Ohio: markers at Defined or better 17 → 15 (down 2)');
  });

  it('reports a new plan once (with its expiry), an expiry change alone, and workshops added, moved and removed', () => {
    const prev = withSummary('GA', (s) => ({
      ...s,
      scip: { ...s.scip, adopted: '2022-01-10', expires: '2026-01-10', nextWorkshop: null },
    }));
    const next = withSummary('GA', (s) => ({
      ...s,
      scip: { ...s.scip, adopted: '2026-11-21', expires: '2030-11-21', nextWorkshop: '2026-12-15' },
    }));
    const kinds = diffSnapshots(prev, next).map((c) => c.kind);
    expect(kinds).toContain('plan');
    expect(kinds).not.toContain('expires');
    expect(kinds).toContain('workshop-added');
    expect(diffSnapshots(next, prev).map((c) => c.kind)).toContain('workshop-removed');

    const moved = withSummary('GA', (s) => ({ ...s, scip: { ...s.scip, adopted: '2026-11-21', expires: '2031-11-21', nextWorkshop: '2027-01-05' } }));
    const texts = diffSnapshots(next, moved).map((c) => c.text);
    expect(texts).toContain('Georgia: plan expiry Nov 21, 2030 → Nov 21, 2031');
    expect(texts).toContain('Georgia: next workshop Dec 15, 2026 → Jan 5, 2027');
  });

  it('reports jurisdictions that appear or disappear', () => {
    const fewer = { summaries: base.summaries.filter((s) => s.code !== 'GU') };
    expect(diffSnapshots(base, fewer)).toEqual([
      { code: 'GU', name: 'Guam', kind: 'removed', text: 'Guam: no longer reported', direction: 'neutral' },
    ]);
    expect(diffSnapshots(fewer, base)[0]?.kind).toBe('added');
  });

  it('puts status changes first, then sorts by name', () => {
    const changes = diffSnapshots(base, advanceSampleDataset(advanceSampleDataset(base)));
    const firstOther = changes.findIndex((c) => c.kind !== 'status');
    expect(changes.slice(firstOther).some((c) => c.kind === 'status')).toBe(false);
    const statusNames = changes.filter((c) => c.kind === 'status').map((c) => c.name);
    expect(statusNames).toEqual([...statusNames].sort((a, b) => a.localeCompare(b)));
  });
});

describe('diffSnapshots: marker moves that keep the Defined-or-better count', () => {
  it('reports Defined → Optimized and newly assessed markers', () => {
    const prev = withSummary('OH', (s) => ({ ...s, markers: { initial: 10, defined: 10, optimized: 3, 'not-assessed': 2 } }));
    const upgraded = withSummary('OH', (s) => ({ ...s, markers: { initial: 10, defined: 9, optimized: 4, 'not-assessed': 2 } }));
    const assessed = withSummary('OH', (s) => ({ ...s, markers: { initial: 11, defined: 10, optimized: 3, 'not-assessed': 1 } }));
    expect(diffSnapshots(prev, upgraded).map((c) => c.text)).toEqual(['Ohio: markers at Optimized 3 → 4']);
    expect(diffSnapshots(prev, assessed).map((c) => c.text)).toEqual(['Ohio: markers assessed 23 → 24']);
  });
});
