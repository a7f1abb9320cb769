/**
 * Deterministic SAMPLE dataset for the mock API: every person, phone, email, address,
 * plan date and score here is fictional (example.org, 555-01xx). Region membership and
 * offices are real (src/data/reference.ts). Same code → same data: a seeded PRNG,
 * no clock, no Math.random.
 *
 * Consistency rules (see ./rules.ts): each jurisdiction's summary `scip` is derived
 * from its detail `scipHistory` at `meta.asOf`; `markers` counts and `lanes` levels
 * are derived from its 25 `markerDetails`; `coordinators` are exactly the regional
 * coordinators whose `jurisdictions` include it.
 *
 * Built here from its parts: seed-regions, seed-history, seed-markers, seed-ta and
 * seed-details; ./advance.ts makes the later versions.
 */
import type { Coordinator, JurisdictionDetail, JurisdictionSummary, Meta, Region, ScipStatus } from '../api/schemas';
import { JURISDICTIONS } from '../data/reference';
import { PeopleFactory } from './people';
import { Rng } from './prng';
import { coordinatorsFor } from '../data/coordinators-for';
import { refreshDerived, toSummary } from './rules';
import { buildRegions } from './seed-regions';
import { EXPECTED_STATUS, assignVariants, buildHistory } from './seed-history';
import { buildMarkers } from './seed-markers';
import { assignTaIds, buildTaRequests, type DraftTa } from './seed-ta';
import { buildPts, governanceBody, notesFor } from './seed-details';

export const SAMPLE_SEED = 0x5c1b2026;
export const SAMPLE_DATASET_NAME = 'CISA regional coordination — sample data';
export const SAMPLE_AS_OF = '2026-11-20T14:00:00Z';
export const COORDINATOR_TITLE = 'Emergency Communications Coordinator';
export const SWIC_TITLE = 'Statewide Interoperability Coordinator';

/** Target spread of SCIP statuses over the 56 jurisdictions (sums to 56). */
export const STATUS_TARGETS: Readonly<Record<ScipStatus, number>> = {
  current: 20,
  'update-due': 10,
  overdue: 7,
  'in-progress': 10,
  'workshop-scheduled': 9,
};

export interface SampleDataset {
  meta: Meta;
  regions: Region[];
  /** in reference order (JURISDICTIONS) */
  summaries: JurisdictionSummary[];
  /** keyed by USPS code */
  details: Record<string, JurisdictionDetail>;
}

// ---------------------------------------------------------------------------------
// build

/** each jurisdiction's detail gets its own copies: an edit to one must not reach another */
function coordinatorCopiesFor(regions: readonly Region[], code: string): Coordinator[] {
  return coordinatorsFor(regions, code).map((c) => ({ ...c, office: { ...c.office }, jurisdictions: [...c.jurisdictions] }));
}

export function buildSampleDataset(): SampleDataset {
  const asOfDate = SAMPLE_AS_OF.slice(0, 10);
  const people = new PeopleFactory(Rng.for(SAMPLE_SEED, 'people'));
  const regions = buildRegions(people, Rng.for(SAMPLE_SEED, 'regions'));
  const variants = assignVariants(Rng.for(SAMPLE_SEED, 'status'));

  const drafts = new Map<string, DraftTa[]>();
  const details: Record<string, JurisdictionDetail> = {};
  for (const j of JURISDICTIONS) {
    const rng = Rng.for(SAMPLE_SEED, `jurisdiction:${j.code}`);
    const variant = variants.get(j.code) ?? 'current';
    const status = EXPECTED_STATUS[variant];
    const { history, updateWorkshop } = buildHistory(rng, variant, asOfDate);
    const markerDetails = buildMarkers(rng, j.code, status, asOfDate);
    const ta = buildTaRequests(rng, status, updateWorkshop, asOfDate);
    drafts.set(j.code, ta);
    const swic = people.next();
    const detail: JurisdictionDetail = {
      code: j.code,
      fips: j.fips,
      name: j.name,
      type: j.type,
      regionId: j.regionId,
      // derived below by refreshDerived
      scip: { status, adopted: asOfDate, expires: asOfDate, lastAnnualReport: null, nextWorkshop: null },
      markers: { initial: 0, defined: 0, optimized: 0, 'not-assessed': 0 },
      lanes: { governance: 'not-assessed', sop: 'not-assessed', technology: 'not-assessed', training: 'not-assessed', usage: 'not-assessed' },
      swic: { name: swic.name, title: SWIC_TITLE, email: swic.email, phone: swic.phone },
      governanceBody: governanceBody(rng, j),
      scipHistory: history,
      markerDetails,
      taRequests: [],
      pts: buildPts(rng, j),
      coordinators: coordinatorCopiesFor(regions, j.code),
      notes: '',
    };
    refreshDerived(detail, asOfDate);
    if (detail.scip.status !== status) {
      throw new Error(`seed: ${j.code} was built as ${status} but derives to ${detail.scip.status}`);
    }
    detail.notes = notesFor(detail, asOfDate);
    details[j.code] = detail;
  }

  assignTaIds(Rng.for(SAMPLE_SEED, 'ta-ids'), drafts);
  for (const [code, list] of drafts) {
    const detail = details[code];
    if (detail) detail.taRequests = list.map((t) => ({ id: t.id ?? '', category: t.category, title: t.title, status: t.status, requested: t.requested, updated: t.updated }));
  }

  return {
    meta: { dataset: SAMPLE_DATASET_NAME, asOf: SAMPLE_AS_OF, sample: true, version: '1' },
    regions,
    summaries: JURISDICTIONS.map((j) => details[j.code]).filter((d): d is JurisdictionDetail => d !== undefined).map(toSummary),
    details,
  };
}
