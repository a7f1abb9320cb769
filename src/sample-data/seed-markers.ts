/** Sample dataset, markers. */
import type { Marker, MarkerLevel, ScipStatus } from '../api/schemas';
import { MARKER_CATALOGUE } from './catalogue';
import { addDays } from './dates';
import { Rng } from './prng';

const LANE_OFFSET = { governance: 0.1, sop: 0, technology: 0.05, training: -0.05, usage: -0.1 } as const;
const MATURITY: Record<ScipStatus, number> = {
  current: 0.6,
  'update-due': 0.5,
  overdue: 0.3,
  'in-progress': 0.45,
  'workshop-scheduled': 0.45,
};
export const UP: Record<MarkerLevel, MarkerLevel> = {
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

export function buildMarkers(rng: Rng, code: string, status: ScipStatus, asOf: string): Marker[] {
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
