/** Sample dataset, SCIP history. */
import type { ScipStatus } from '../api/schemas';
import { JURISDICTIONS } from '../data/reference';
import { addDays, addMonths, addYears, daysBetween, minDate } from './dates';
import { Rng } from './prng';
import { type ScipHistory } from './rules';
import { STATUS_TARGETS } from './seed';

type Variant =
  | 'current'
  | 'update-due'
  | 'overdue-expired'
  | 'overdue-late'
  | 'overdue-never'
  | 'in-progress'
  | 'workshop-soon'
  | 'workshop-later';

export function assignVariants(rng: Rng): Map<string, Variant> {
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

export const EXPECTED_STATUS: Record<Variant, ScipStatus> = {
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

export function buildHistory(rng: Rng, variant: Variant, asOf: string): HistoryResult {
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
