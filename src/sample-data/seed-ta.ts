/** Sample dataset, TA requests (ids are assigned afterwards, nationally, in date order). */
import type { ScipStatus, TaRequest, TaStatus } from '../api/schemas';
import { SCIP_WORKSHOP_TA, TA_CATALOGUE, TA_CATEGORIES, type TaCategory } from './catalogue';
import { addDays } from './dates';
import { Rng } from './prng';

export type DraftTa = Omit<TaRequest, 'id'> & { id?: string };

const TA_AGE: Record<TaStatus, readonly [number, number]> = {
  requested: [3, 60],
  scheduled: [20, 150],
  'in-delivery': [45, 240],
  complete: [90, 640],
};

export function buildTaRequests(rng: Rng, status: ScipStatus, updateWorkshop: string | null, asOf: string): DraftTa[] {
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

export const TA_ID = /^TA-(\d{4})-(\d{4})$/;

export function taId(year: number, seq: number): string {
  return `TA-${year}-${String(seq).padStart(4, '0')}`;
}

export function assignTaIds(rng: Rng, byCode: Map<string, DraftTa[]>): void {
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
