import { describe, expect, it } from 'vitest';
import {
  JurisdictionDetail,
  JurisdictionSummaries,
  LANES,
  MARKER_LEVELS,
  Meta,
  Regions,
  SCIP_STATUSES,
  TA_STATUSES,
} from '../../src/api/schemas';
import { JURISDICTIONS, REGIONS } from '../../src/data/reference';
import { advanceSampleDataset } from '../../src/sample-data/advance';
import {
  buildSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_DATASET_NAME,
  STATUS_TARGETS,
} from '../../src/sample-data/seed';
import { MARKER_CATALOGUE } from '../../src/sample-data/catalogue';
import { deriveScipSummary, laneLevelOf, laneLevels, markerCounts, toSummary } from '../../src/sample-data/rules';
import { addDays, addMonths } from '../../src/sample-data/dates';

const ds = buildSampleDataset();
const details = Object.values(ds.details);
const asOfDate = SAMPLE_AS_OF.slice(0, 10);

describe('sample dataset: contract', () => {
  it('validates against every schema', () => {
    expect(Meta.parse(ds.meta)).toEqual(ds.meta);
    expect(Regions.safeParse(ds.regions).success).toBe(true);
    expect(JurisdictionSummaries.safeParse(ds.summaries).success).toBe(true);
    for (const d of details) {
      const r = JurisdictionDetail.safeParse(d);
      expect(r.success, `${d.code}: ${r.success ? '' : JSON.stringify(r.error.issues[0])}`).toBe(true);
    }
  });

  it('has the fixed meta', () => {
    expect(ds.meta).toEqual({ dataset: SAMPLE_DATASET_NAME, asOf: '2026-11-20T14:00:00Z', sample: true, version: '1' });
  });

  it('is deterministic', () => {
    expect(buildSampleDataset()).toEqual(ds);
    expect(JSON.stringify(buildSampleDataset())).toBe(JSON.stringify(ds));
  });

  it('has 56 jurisdictions in reference order, with summaries equal to the details', () => {
    expect(ds.summaries.map((s) => s.code)).toEqual(JURISDICTIONS.map((j) => j.code));
    expect(Object.keys(ds.details).sort()).toEqual(JURISDICTIONS.map((j) => j.code).sort());
    for (const s of ds.summaries) {
      const d = ds.details[s.code];
      expect(d).toBeDefined();
      if (d) expect(toSummary(d)).toEqual(s);
      const ref = JURISDICTIONS.find((j) => j.code === s.code);
      expect(ref && { fips: ref.fips, name: ref.name, type: ref.type, regionId: ref.regionId }).toEqual({
        fips: s.fips,
        name: s.name,
        type: s.type,
        regionId: s.regionId,
      });
    }
  });
});

describe('sample dataset: regions and people', () => {
  it('has the 10 regions with membership equal to the reference', () => {
    expect(ds.regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
    for (const r of ds.regions) {
      const ref = REGIONS.find((x) => x.id === r.id);
      expect(r.name).toBe(`Region ${r.id}`);
      expect(r.office.city).toBe(ref?.officeCity);
      expect(r.office.state).toBe(ref?.officeState);
      expect([...r.jurisdictions].sort()).toEqual(
        JURISDICTIONS.filter((j) => j.regionId === r.id)
          .map((j) => j.code)
          .sort(),
      );
    }
  });

  it('has 2–4 coordinators per region, each covering only its own region, and covers every jurisdiction', () => {
    for (const r of ds.regions) {
      expect(r.coordinators.length).toBeGreaterThanOrEqual(2);
      expect(r.coordinators.length).toBeLessThanOrEqual(4);
      for (const c of r.coordinators) {
        expect(c.title).toBe('Emergency Communications Coordinator');
        expect(c.jurisdictions.length).toBeGreaterThan(0);
        for (const code of c.jurisdictions) expect(r.jurisdictions).toContain(code);
      }
      for (const code of r.jurisdictions) {
        expect(r.coordinators.some((c) => c.jurisdictions.includes(code)), `${code} uncovered`).toBe(true);
      }
    }
  });

  it("gives each jurisdiction exactly its region's covering coordinators", () => {
    for (const d of details) {
      const region = ds.regions.find((r) => r.id === d.regionId);
      const expected = region?.coordinators.filter((c) => c.jurisdictions.includes(d.code)) ?? [];
      expect(d.coordinators).toEqual(expected);
      expect(d.coordinators.length).toBeGreaterThan(0);
    }
  });

  it('uses only fictional contacts: example.org emails and 555-01xx phones, all unique', () => {
    const people = [...ds.regions.flatMap((r) => r.coordinators), ...details.map((d) => d.swic)];
    for (const p of people) {
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+@example\.org$/);
      expect(p.phone).toMatch(/^\+1-202-555-01\d\d$/);
    }
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.phone)).size).toBe(people.length);
    for (const d of details) expect(d.swic.title).toBe('Statewide Interoperability Coordinator');
  });
});

describe('sample dataset: SCIP', () => {
  it('has the target spread of statuses (every status occurs)', () => {
    const counts = Object.fromEntries(SCIP_STATUSES.map((s) => [s, ds.summaries.filter((x) => x.scip.status === s).length]));
    expect(counts).toEqual(STATUS_TARGETS);
  });

  it('derives every summary status from the detail history at asOf', () => {
    for (const d of details) expect(deriveScipSummary(d.scipHistory, asOfDate), d.code).toEqual(d.scip);
  });

  it('keeps statuses consistent with the dates', () => {
    const sixMonths = addMonths(asOfDate, 6);
    for (const { code, scip } of ds.summaries) {
      expect(scip.adopted < scip.expires, code).toBe(true);
      expect(scip.adopted <= asOfDate, code).toBe(true);
      if (scip.lastAnnualReport) expect(scip.lastAnnualReport <= asOfDate, code).toBe(true);
      switch (scip.status) {
        case 'current':
          expect(scip.expires > sixMonths, code).toBe(true);
          expect(scip.nextWorkshop, code).toBeNull();
          break;
        case 'update-due':
          expect(scip.expires >= asOfDate && scip.expires <= sixMonths, code).toBe(true);
          break;
        case 'overdue': {
          const reference = scip.lastAnnualReport && scip.lastAnnualReport > scip.adopted ? scip.lastAnnualReport : scip.adopted;
          const late = reference < addMonths(asOfDate, -15);
          expect(scip.expires < asOfDate || late, code).toBe(true);
          break;
        }
        case 'workshop-scheduled':
          expect(scip.nextWorkshop !== null && scip.nextWorkshop > asOfDate, code).toBe(true);
          break;
        case 'in-progress':
          expect(scip.nextWorkshop, code).toBeNull();
          break;
      }
    }
  });

  it('has a null lastAnnualReport and several workshops in the next 30 days', () => {
    expect(ds.summaries.some((s) => s.scip.lastAnnualReport === null)).toBe(true);
    const soon = ds.summaries.filter((s) => s.scip.nextWorkshop !== null && s.scip.nextWorkshop <= addDays(asOfDate, 30));
    expect(soon.length).toBeGreaterThanOrEqual(3);
  });

  it('has plan history ending in the current plan', () => {
    for (const d of details) {
      const last = d.scipHistory.plans[d.scipHistory.plans.length - 1];
      expect(last?.adopted).toBe(d.scip.adopted);
      expect(last?.expires).toBe(d.scip.expires);
    }
  });
});

describe('sample dataset: markers, TA, PTS', () => {
  it('has 25 markers M01..M25, five per lane, with counts and lanes derived from them', () => {
    expect(MARKER_CATALOGUE.map((m) => m.id)).toEqual(Array.from({ length: 25 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`));
    for (const d of details) {
      expect(d.markerDetails.map((m) => m.id)).toEqual(MARKER_CATALOGUE.map((m) => m.id));
      for (const lane of LANES) expect(d.markerDetails.filter((m) => m.lane === lane)).toHaveLength(5);
      expect(d.markers).toEqual(markerCounts(d.markerDetails));
      expect(d.lanes).toEqual(laneLevels(d.markerDetails));
      const sum = Object.values(d.markers).reduce((a, b) => a + b, 0);
      expect(sum).toBe(25);
      for (const m of d.markerDetails) expect(m.assessed === null).toBe(m.level === 'not-assessed');
    }
  });

  it('uses every marker level, on markers and on lanes', () => {
    for (const level of MARKER_LEVELS) {
      expect(details.some((d) => d.markerDetails.some((m) => m.level === level)), level).toBe(true);
      expect(ds.summaries.some((s) => Object.values(s.lanes).includes(level)), `lane ${level}`).toBe(true);
    }
  });

  it('computes lane level as the lower median of assessed markers', () => {
    expect(laneLevelOf(['initial', 'defined', 'optimized', 'optimized', 'defined'])).toBe('defined');
    expect(laneLevelOf(['initial', 'optimized', 'not-assessed', 'optimized', 'initial'])).toBe('initial');
    expect(laneLevelOf(['not-assessed', 'not-assessed', 'not-assessed', 'optimized', 'optimized'])).toBe('not-assessed');
  });

  it('has 0–4 TA requests each, with unique well-formed ids and every status', () => {
    const all = details.flatMap((d) => d.taRequests);
    for (const d of details) expect(d.taRequests.length).toBeLessThanOrEqual(4);
    for (const t of all) {
      expect(t.id).toMatch(/^TA-\d{4}-\d{4}$/);
      expect(t.requested <= t.updated && t.updated <= asOfDate, t.id).toBe(true);
    }
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    for (const s of TA_STATUSES) expect(all.some((t) => t.status === s), s).toBe(true);
  });

  it('has PTS counts and notes for everyone', () => {
    for (const d of details) {
      expect(d.pts.gets).toBeGreaterThan(0);
      expect(d.notes.length).toBeGreaterThan(10);
      expect(d.governanceBody.name).toMatch(/Interoperability/);
    }
  });
});

describe('advanceSampleDataset', () => {
  const next = advanceSampleDataset(ds, 24);

  it('does not modify its input and is deterministic', () => {
    expect(ds).toEqual(buildSampleDataset());
    expect(advanceSampleDataset(buildSampleDataset(), 24)).toEqual(next);
  });

  it('moves asOf by the step and bumps the version', () => {
    expect(next.meta.asOf).toBe('2026-11-21T14:00:00Z');
    expect(next.meta.version).toBe('2');
    expect(advanceSampleDataset(ds, 6).meta.asOf).toBe('2026-11-20T20:00:00Z');
  });

  it('stays valid and internally consistent', () => {
    expect(Meta.safeParse(next.meta).success).toBe(true);
    expect(JurisdictionSummaries.safeParse(next.summaries).success).toBe(true);
    const nextDate = next.meta.asOf.slice(0, 10);
    for (const d of Object.values(next.details)) {
      expect(JurisdictionDetail.safeParse(d).success, d.code).toBe(true);
      expect(deriveScipSummary(d.scipHistory, nextDate)).toEqual(d.scip);
      expect(toSummary(d)).toEqual(next.summaries.find((s) => s.code === d.code));
    }
  });

  it('changes some statuses, completes one TA request and adds one', () => {
    const changed = next.summaries.filter((s) => ds.details[s.code]?.scip.status !== s.scip.status);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    const before = details.flatMap((d) => d.taRequests);
    const after = Object.values(next.details).flatMap((d) => d.taRequests);
    expect(after.length).toBe(before.length + 1);
    const completed = after.filter((t) => t.status === 'complete' && before.find((b) => b.id === t.id)?.status !== 'complete');
    expect(completed).toHaveLength(1);
    const added = after.filter((t) => !before.some((b) => b.id === t.id));
    expect(added).toHaveLength(1);
    expect(added[0]?.status).toBe('requested');
  });

  it('differs from one step to the next', () => {
    const third = advanceSampleDataset(next, 24);
    expect(third.meta.version).toBe('3');
    expect(third.summaries).not.toEqual(next.summaries);
  });
});
