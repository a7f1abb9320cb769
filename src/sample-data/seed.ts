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
 */
import type {
  Coordinator,
  JurisdictionDetail,
  JurisdictionSummary,
  Marker,
  MarkerLevel,
  Meta,
  Region,
  ScipStatus,
  TaRequest,
  TaStatus,
} from '../api/schemas';
import { JURISDICTIONS, REGIONS, type JurisdictionRef } from '../data/reference';
import {
  MARKER_CATALOGUE,
  NOTE_EXTRAS,
  REGION_OFFICE_ADDRESSES,
  SCIP_WORKSHOP_TA,
  TA_CATALOGUE,
  TA_CATEGORIES,
  type TaCategory,
} from './catalogue';
import { addDays, addHours, addMonths, addYears, daysBetween, minDate } from './dates';
import { PeopleFactory } from './people';
import { Rng } from './prng';
import { refreshDerived, toSummary, type ScipHistory } from './rules';

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
// regions and coordinators

function buildRegions(people: PeopleFactory, rng: Rng): Region[] {
  return REGIONS.map((ref) => {
    const members = JURISDICTIONS.filter((j) => j.regionId === ref.id)
      .map((j) => j.code)
      .sort();
    const office = { city: ref.officeCity, state: ref.officeState, address: REGION_OFFICE_ADDRESSES[ref.id] ?? '100 Main Street' };
    // 2–4 coordinators: about one per two jurisdictions
    const count = Math.min(4, Math.max(2, Math.round(members.length / 2)));
    const buckets: string[][] = Array.from({ length: count }, () => []);
    rng.shuffle(members).forEach((code, i) => buckets[i % count]?.push(code));
    // some coordinators also back up one jurisdiction of a colleague
    for (let k = 0; k < count; k++) {
      const own = buckets[k];
      if (!own || !rng.chance(0.4)) continue;
      const others = members.filter((c) => !own.includes(c));
      if (others.length > 0) own.push(rng.pick(others));
    }
    const coordinators: Coordinator[] = buckets.map((codes, k) => {
      const p = people.next();
      return {
        id: `ecc-r${String(ref.id).padStart(2, '0')}-${k + 1}`,
        name: p.name,
        title: COORDINATOR_TITLE,
        email: p.email,
        phone: p.phone,
        office: { ...office },
        jurisdictions: [...codes].sort(),
      };
    });
    return { id: ref.id, name: `Region ${ref.id}`, office, jurisdictions: members, coordinators };
  });
}

// ---------------------------------------------------------------------------------
// SCIP history

type Variant =
  | 'current'
  | 'update-due'
  | 'overdue-expired'
  | 'overdue-late'
  | 'overdue-never'
  | 'in-progress'
  | 'workshop-soon'
  | 'workshop-later';

function assignVariants(rng: Rng): Map<string, Variant> {
  const codes = rng.shuffle(JURISDICTIONS.map((j) => j.code));
  const out = new Map<string, Variant>();
  let i = 0;
  const take = (n: number, variant: (k: number) => Variant) => {
    for (let k = 0; k < n; k++) {
      const code = codes[i++];
      if (code) out.set(code, variant(k));
    }
  };
  take(STATUS_TARGETS.current, () => 'current');
  take(STATUS_TARGETS['update-due'], () => 'update-due');
  take(STATUS_TARGETS.overdue, (k) => (k === 0 ? 'overdue-never' : k <= 2 ? 'overdue-late' : 'overdue-expired'));
  take(STATUS_TARGETS['in-progress'], () => 'in-progress');
  take(STATUS_TARGETS['workshop-scheduled'], (k) => (k < 4 ? 'workshop-soon' : 'workshop-later'));
  return out;
}

const EXPECTED_STATUS: Record<Variant, ScipStatus> = {
  current: 'current',
  'update-due': 'update-due',
  'overdue-expired': 'overdue',
  'overdue-late': 'overdue',
  'overdue-never': 'overdue',
  'in-progress': 'in-progress',
  'workshop-soon': 'workshop-scheduled',
  'workshop-later': 'workshop-scheduled',
};

interface HistoryResult {
  history: ScipHistory;
  /** date of the held or scheduled SCIP-update workshop that drives the status, if any */
  updateWorkshop: string | null;
}

function buildHistory(rng: Rng, variant: Variant, asOf: string): HistoryResult {
  let years = rng.int(3, 5);
  let expires: string;
  switch (variant) {
    case 'current':
      expires = addDays(asOf, rng.int(200, years * 365 - 45));
      break;
    case 'update-due':
      expires = addDays(asOf, rng.int(5, 175));
      break;
    case 'overdue-expired':
      expires = addDays(asOf, -rng.int(10, 420));
      break;
    case 'overdue-late':
      years = Math.max(years, 4);
      expires = addYears(addDays(asOf, -rng.int(27 * 30, 40 * 30)), years);
      break;
    case 'overdue-never':
      years = Math.max(years, 4);
      expires = addYears(addDays(asOf, -rng.int(16 * 30 + 5, 26 * 30)), years);
      break;
    case 'in-progress':
      expires = addDays(asOf, rng.int(-120, 240));
      break;
    case 'workshop-soon':
    case 'workshop-later':
      expires = addDays(asOf, rng.int(-60, 365));
      break;
  }
  const adopted = addYears(expires, -years);

  // previous plans, newest last
  const plans: { adopted: string; expires: string }[] = [{ adopted, expires }];
  const previous = rng.int(1, 2);
  for (let k = 0; k < previous; k++) {
    const next = plans[0];
    if (!next) break;
    const pExpires = addDays(next.adopted, rng.int(-90, 60));
    plans.unshift({ adopted: addYears(pExpires, -rng.int(3, 5)), expires: pExpires });
  }
  const firstVersion = rng.int(1, 3);
  const planVersions = plans.map((p, i) => ({ version: `${firstVersion + i}.0`, adopted: p.adopted, expires: p.expires }));

  const workshops: ScipHistory['workshops'] = [];
  const annualReports: ScipHistory['annualReports'] = [];
  const recordsFrom = addYears(asOf, -4);
  plans.forEach((p, i) => {
    const until = minDate(plans[i + 1]?.adopted ?? asOf, asOf);
    workshops.push({ date: addDays(p.adopted, -rng.int(60, 150)), kind: 'scip-update', status: 'held' });
    const impl = addDays(p.adopted, rng.int(90, 270));
    if (impl < until && rng.chance(0.5)) workshops.push({ date: impl, kind: 'implementation', status: 'held' });
    for (let k = 1; ; k++) {
      const anniversary = addYears(p.adopted, k);
      if (anniversary >= until) break;
      const review = addDays(anniversary, rng.int(5, 40));
      if (review < until && rng.chance(0.35)) workshops.push({ date: review, kind: 'annual-review', status: 'held' });
      if (anniversary < recordsFrom) continue;
      const year = Number(anniversary.slice(0, 4));
      const late =
        variant === 'overdue-never' ||
        (variant === 'overdue-late' && i === plans.length - 1 && anniversary > addMonths(asOf, -24));
      const submitted = late ? null : addDays(anniversary, rng.int(0, Math.min(60, daysBetween(anniversary, asOf))));
      annualReports.push({ year, submitted });
    }
  });

  let updateWorkshop: string | null = null;
  if (variant === 'in-progress') {
    updateWorkshop = addDays(asOf, -rng.int(20, 170));
    workshops.push({ date: updateWorkshop, kind: 'scip-update', status: 'held' });
  } else if (variant === 'workshop-soon' || variant === 'workshop-later') {
    updateWorkshop = addDays(asOf, variant === 'workshop-soon' ? rng.int(3, 28) : rng.int(35, 150));
    workshops.push({ date: updateWorkshop, kind: 'scip-update', status: 'scheduled' });
  }
  workshops.sort((a, b) => a.date.localeCompare(b.date));
  annualReports.sort((a, b) => a.year - b.year);
  return { history: { plans: planVersions, workshops, annualReports }, updateWorkshop };
}

// ---------------------------------------------------------------------------------
// markers

const LANE_OFFSET = { governance: 0.1, sop: 0, technology: 0.05, training: -0.05, usage: -0.1 } as const;
const MATURITY: Record<ScipStatus, number> = {
  current: 0.6,
  'update-due': 0.5,
  overdue: 0.3,
  'in-progress': 0.45,
  'workshop-scheduled': 0.45,
};
const UP: Record<MarkerLevel, MarkerLevel> = {
  'not-assessed': 'initial',
  initial: 'defined',
  defined: 'optimized',
  optimized: 'optimized',
};
const DOWN: Record<MarkerLevel, MarkerLevel> = {
  'not-assessed': 'not-assessed',
  initial: 'not-assessed',
  defined: 'initial',
  optimized: 'defined',
};

/** American Samoa's training lane is mostly unassessed, so a lane shows 'not-assessed'. */
const FORCED_NOT_ASSESSED = new Set(['AS:M16', 'AS:M17', 'AS:M18']);

function buildMarkers(rng: Rng, code: string, status: ScipStatus, asOf: string): Marker[] {
  const maturity = MATURITY[status] + rng.range(-0.2, 0.2);
  const laneNoise = { governance: 0, sop: 0, technology: 0, training: 0, usage: 0 };
  for (const lane of Object.keys(laneNoise) as (keyof typeof laneNoise)[]) laneNoise[lane] = rng.range(-0.1, 0.1);
  return MARKER_CATALOGUE.map((def) => {
    let level: MarkerLevel;
    if (FORCED_NOT_ASSESSED.has(`${code}:${def.id}`) || rng.chance(0.035)) {
      level = 'not-assessed';
    } else {
      const score = maturity + LANE_OFFSET[def.lane] + laneNoise[def.lane] + rng.range(-0.3, 0.3);
      level = score < 0.35 ? 'initial' : score < 0.7 ? 'defined' : 'optimized';
    }
    let previousLevel: MarkerLevel | null = null;
    if (level !== 'not-assessed') {
      const r = rng.float();
      previousLevel = r < 0.12 ? null : r < 0.4 ? DOWN[level] : r < 0.45 ? UP[level] : level;
    }
    const assessed = level === 'not-assessed' ? null : addDays(asOf, -rng.int(20, 700));
    return { id: def.id, name: def.name, lane: def.lane, level, previousLevel, assessed };
  });
}

// ---------------------------------------------------------------------------------
// TA requests (ids are assigned afterwards, nationally, in date order)

type DraftTa = Omit<TaRequest, 'id'> & { id?: string };

const TA_AGE: Record<TaStatus, readonly [number, number]> = {
  requested: [3, 60],
  scheduled: [20, 150],
  'in-delivery': [45, 240],
  complete: [90, 640],
};

function buildTaRequests(rng: Rng, status: ScipStatus, updateWorkshop: string | null, asOf: string): DraftTa[] {
  let count = rng.weighted<number>([
    [0, 0.15],
    [1, 0.3],
    [2, 0.3],
    [3, 0.15],
    [4, 0.1],
  ]);
  const out: DraftTa[] = [];
  if (updateWorkshop && (status === 'workshop-scheduled' || status === 'in-progress')) {
    count = Math.max(count, 1);
    if (status === 'workshop-scheduled') {
      const requested = addDays(asOf, -rng.int(20, 120));
      out.push({ ...SCIP_WORKSHOP_TA, status: 'scheduled', requested, updated: addDays(requested, rng.int(3, 15)) });
    } else {
      const requested = addDays(updateWorkshop, -rng.int(30, 90));
      out.push({ ...SCIP_WORKSHOP_TA, status: 'in-delivery', requested, updated: updateWorkshop });
    }
  }
  const used = new Set<string>(out.map((t) => t.title));
  while (out.length < count) {
    const category: TaCategory = rng.pick(TA_CATEGORIES);
    const title = rng.pick(TA_CATALOGUE[category]);
    if (used.has(title)) continue;
    used.add(title);
    const taStatus = rng.weighted<TaStatus>([
      ['requested', 0.2],
      ['scheduled', 0.2],
      ['in-delivery', 0.25],
      ['complete', 0.35],
    ]);
    const [minAge, maxAge] = TA_AGE[taStatus];
    const age = rng.int(minAge, maxAge);
    const requested = addDays(asOf, -age);
    const updated =
      taStatus === 'requested'
        ? requested
        : taStatus === 'complete'
          ? addDays(requested, rng.int(30, Math.min(age, 180)))
          : addDays(requested, rng.int(1, age - 1));
    out.push({ category, title, status: taStatus, requested, updated });
  }
  return out.sort((a, b) => a.requested.localeCompare(b.requested));
}

const TA_ID = /^TA-(\d{4})-(\d{4})$/;

function taId(year: number, seq: number): string {
  return `TA-${year}-${String(seq).padStart(4, '0')}`;
}

function assignTaIds(rng: Rng, byCode: Map<string, DraftTa[]>): void {
  const all = [...byCode.entries()].flatMap(([code, list]) => list.map((t) => ({ code, t })));
  all.sort((a, b) => a.t.requested.localeCompare(b.t.requested) || a.code.localeCompare(b.code));
  const seqByYear = new Map<number, number>();
  for (const { t } of all) {
    const year = Number(t.requested.slice(0, 4));
    const seq = (seqByYear.get(year) ?? rng.int(100, 180)) + rng.int(1, 7);
    seqByYear.set(year, seq);
    t.id = taId(year, seq);
  }
}

// ---------------------------------------------------------------------------------
// people, governance, PTS, notes

const LARGE_STATES = new Set(['CA', 'TX', 'FL', 'NY', 'PA', 'IL', 'OH', 'GA', 'NC', 'MI']);

function buildPts(rng: Rng, j: JurisdictionRef): JurisdictionDetail['pts'] {
  const size =
    j.type === 'territory'
      ? rng.range(0.04, 0.12)
      : j.type === 'district'
        ? rng.range(0.5, 0.7)
        : LARGE_STATES.has(j.code)
          ? rng.range(2, 3.5)
          : rng.range(0.25, 1.8);
  const n = (base: number) => Math.round(base * size * rng.range(0.8, 1.2));
  return { gets: n(1200), wps: n(700), tsp: n(150) };
}

function governanceBody(rng: Rng, j: JurisdictionRef): JurisdictionDetail['governanceBody'] {
  const kind = rng.chance(0.45) ? 'SIEC' : 'SIGB';
  const scope = j.type === 'territory' ? ' Territorial' : j.type === 'district' ? '' : ' Statewide';
  const body = kind === 'SIEC' ? 'Interoperability Executive Committee' : rng.pick(['Interoperability Governing Body', 'Interoperability Governing Board', 'Interoperability Council']);
  return { name: `${j.name}${scope} ${body}`, kind };
}

/** Short free-text note; the extra sentence is stable per jurisdiction. */
export function notesFor(detail: JurisdictionDetail, asOfDate: string): string {
  const { scip, scipHistory } = detail;
  const plan = scipHistory.plans[scipHistory.plans.length - 1];
  const version = plan?.version ?? '?';
  let text: string;
  switch (scip.status) {
    case 'current':
      text = scip.lastAnnualReport
        ? `SCIP ${version} adopted ${scip.adopted}; latest annual snapshot received ${scip.lastAnnualReport}.`
        : `SCIP ${version} adopted ${scip.adopted}; first annual snapshot due ${addYears(scip.adopted, 1)}.`;
      break;
    case 'update-due':
      text = `SCIP ${version} expires ${scip.expires}; SWIC is planning the update with the regional coordinator.`;
      break;
    case 'overdue':
      text =
        scip.expires < asOfDate
          ? `SCIP ${version} expired ${scip.expires}; no update workshop scheduled yet.`
          : scip.lastAnnualReport
            ? `No annual SCIP report received since ${scip.lastAnnualReport}.`
            : `No annual SCIP report received since the plan was adopted on ${scip.adopted}.`;
      break;
    case 'in-progress': {
      const held = scipHistory.workshops.filter((w) => w.kind === 'scip-update' && w.status === 'held' && w.date > scip.adopted);
      const last = held[held.length - 1];
      text = `SCIP update workshop held ${last?.date ?? scip.adopted}; revised plan in drafting.`;
      break;
    }
    case 'workshop-scheduled':
      text = `SCIP update workshop scheduled for ${scip.nextWorkshop ?? '(date to be confirmed)'}.`;
      break;
  }
  const extra = Rng.for(SAMPLE_SEED, `notes:${detail.code}`).pick(NOTE_EXTRAS);
  return extra ? `${text} ${extra}` : text;
}

// ---------------------------------------------------------------------------------
// build

function coordinatorsFor(regions: readonly Region[], code: string): Coordinator[] {
  return regions.flatMap((r) =>
    r.coordinators.filter((c) => c.jurisdictions.includes(code)).map((c) => ({ ...c, office: { ...c.office }, jurisdictions: [...c.jurisdictions] })),
  );
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
      coordinators: coordinatorsFor(regions, j.code),
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

// ---------------------------------------------------------------------------------
// advance: a later snapshot with a few deterministic changes

const sortedCodes = (ds: SampleDataset, pred: (d: JurisdictionDetail) => boolean): string[] =>
  Object.values(ds.details)
    .filter(pred)
    .map((d) => d.code)
    .sort();

/**
 * Returns a NEW dataset `stepHours` later with a few deterministic changes, as a later
 * snapshot would show them: one SCIP update adopted (in-progress → current), one
 * update workshop scheduled (update-due/overdue → workshop-scheduled), one late annual
 * report received, scheduled workshops whose date has passed marked held, one TA request
 * completed, one new TA request, one marker improved; every status re-derived at the new
 * asOf; version bumped ("1" → "2"). The input is not modified.
 */
export function advanceSampleDataset(ds: SampleDataset, stepHours = 24): SampleDataset {
  const next: SampleDataset = structuredClone(ds);
  const prevVersion = Number.parseInt(ds.meta.version, 10);
  const version = Number.isFinite(prevVersion) ? prevVersion + 1 : 2;
  const rng = Rng.for(SAMPLE_SEED, `advance:${version}`);
  const asOf = addHours(ds.meta.asOf, stepHours);
  const asOfDate = asOf.slice(0, 10);
  next.meta = { ...ds.meta, asOf, version: String(version) };
  const changed = new Set<string>();
  const detailOf = (code: string | undefined) => (code === undefined ? undefined : next.details[code]);

  // time passes: scheduled workshops on or before the new asOf have been held
  for (const d of Object.values(next.details)) {
    for (const w of d.scipHistory.workshops) {
      if (w.status === 'scheduled' && w.date <= asOfDate) {
        w.status = 'held';
        changed.add(d.code);
      }
    }
  }

  // 1. an update in progress is adopted as the new plan
  const adopting = detailOf(rng.pickOrUndefined(sortedCodes(next, (d) => d.scip.status === 'in-progress')));
  if (adopting) {
    const plans = adopting.scipHistory.plans;
    const last = plans[plans.length - 1];
    const major = last ? Number.parseInt(last.version, 10) + 1 : 1;
    plans.push({ version: `${Number.isFinite(major) ? major : plans.length + 1}.0`, adopted: asOfDate, expires: addYears(asOfDate, rng.int(3, 5)) });
    changed.add(adopting.code);
  }

  // 2. an update workshop is scheduled
  const scheduling = detailOf(rng.pickOrUndefined(sortedCodes(next, (d) => d.scip.status === 'update-due' || (d.scip.status === 'overdue' && d.scip.expires < asOfDate))));
  if (scheduling) {
    const date = addDays(asOfDate, rng.int(14, 45));
    scheduling.scipHistory.workshops.push({ date, kind: 'scip-update', status: 'scheduled' });
    scheduling.scipHistory.workshops.sort((a, b) => a.date.localeCompare(b.date));
    changed.add(scheduling.code);
  }

  // 3. a late annual report arrives
  const reporting = detailOf(
    rng.pickOrUndefined(sortedCodes(next, (d) => d.scip.status === 'overdue' && d.scipHistory.annualReports.some((r) => r.submitted === null))),
  );
  if (reporting) {
    const missing = reporting.scipHistory.annualReports.filter((r) => r.submitted === null);
    const report = missing[missing.length - 1];
    if (report) report.submitted = asOfDate;
    changed.add(reporting.code);
  }

  // 4. a TA request is completed
  const open = Object.values(next.details)
    .flatMap((d) => d.taRequests.map((t) => ({ d, t })))
    .filter(({ t }) => t.status === 'in-delivery' || t.status === 'scheduled')
    .sort((a, b) => a.t.id.localeCompare(b.t.id));
  const completing = rng.pickOrUndefined(open);
  if (completing) {
    completing.t.status = 'complete';
    completing.t.updated = asOfDate;
    changed.add(completing.d.code);
  }

  // 5. a new TA request
  const requesting = detailOf(rng.pickOrUndefined(sortedCodes(next, (d) => d.taRequests.length < 4)));
  if (requesting) {
    const year = Number(asOfDate.slice(0, 4));
    let maxSeq = 100;
    for (const d of Object.values(next.details)) {
      for (const t of d.taRequests) {
        const m = TA_ID.exec(t.id);
        if (m && Number(m[1]) === year) maxSeq = Math.max(maxSeq, Number(m[2]));
      }
    }
    const titles = new Set(requesting.taRequests.map((t) => t.title));
    const options = TA_CATEGORIES.flatMap((category) => TA_CATALOGUE[category].map((title) => ({ category, title }))).filter((o) => !titles.has(o.title));
    const choice = rng.pick(options);
    requesting.taRequests.push({ id: taId(year, maxSeq + 1), category: choice.category, title: choice.title, status: 'requested', requested: asOfDate, updated: asOfDate });
    changed.add(requesting.code);
  }

  // 6. a marker improves
  const improvable = Object.values(next.details)
    .flatMap((d) => d.markerDetails.map((m) => ({ d, m })))
    .filter(({ m }) => m.level === 'initial' || m.level === 'defined')
    .sort((a, b) => a.d.code.localeCompare(b.d.code) || a.m.id.localeCompare(b.m.id));
  const improving = rng.pickOrUndefined(improvable);
  if (improving) {
    improving.m.previousLevel = improving.m.level;
    improving.m.level = UP[improving.m.level];
    improving.m.assessed = asOfDate;
    changed.add(improving.d.code);
  }

  // re-derive everything at the new asOf (time alone can change a status)
  for (const d of Object.values(next.details)) {
    const before = d.scip.status;
    refreshDerived(d, asOfDate);
    if (d.scip.status !== before) changed.add(d.code);
    if (changed.has(d.code)) d.notes = notesFor(d, asOfDate);
  }
  next.summaries = next.summaries.map((s) => {
    const d = next.details[s.code];
    return d ? toSummary(d) : s;
  });
  return next;
}

/** `advanceSampleDataset` applied `times` times to the initial dataset (version "1" + times). */
export function sampleDatasetAtVersion(times: number, stepHours = 24): SampleDataset {
  let ds = buildSampleDataset();
  for (let i = 0; i < times; i++) ds = advanceSampleDataset(ds, stepHours);
  return ds;
}
