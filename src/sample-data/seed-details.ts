/** Sample dataset, people, governance, PTS, notes. */
import type { JurisdictionDetail } from '../api/schemas';
import { type JurisdictionRef } from '../data/reference';
import { NOTE_EXTRAS } from './catalogue';
import { addYears } from './dates';
import { Rng } from './prng';
import { SAMPLE_SEED } from './seed';

const LARGE_STATES = new Set(['CA', 'TX', 'FL', 'NY', 'PA', 'IL', 'OH', 'GA', 'NC', 'MI']);

export function buildPts(rng: Rng, j: JurisdictionRef): JurisdictionDetail['pts'] {
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

export function governanceBody(rng: Rng, j: JurisdictionRef): JurisdictionDetail['governanceBody'] {
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
