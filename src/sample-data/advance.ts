/** Sample dataset, advance: a later snapshot with a few deterministic changes. */
import type { JurisdictionDetail } from '../api/schemas';
import { TA_CATALOGUE, TA_CATEGORIES } from './catalogue';
import { addDays, addHours, addYears } from './dates';
import { Rng } from './prng';
import { refreshDerived, toSummary } from './rules';
import { UP } from './seed-markers';
import { TA_ID, taId } from './seed-ta';
import { notesFor } from './seed-details';
import { SAMPLE_SEED, buildSampleDataset, type SampleDataset } from './seed';

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
