/** Human words for the contract's enums, in one place so map, legend, table and panels agree. */
import type { Lane, MarkerLevel, ScipStatus, TaStatus } from '../api/schemas';

export const SCIP_STATUS_LABEL: Record<ScipStatus, string> = {
  current: 'Current',
  'update-due': 'Update due',
  overdue: 'Overdue',
  'in-progress': 'Update in progress',
  'workshop-scheduled': 'Workshop scheduled',
};

/** Most urgent first: the order of legends, lists and sorts. */
export const SCIP_STATUS_ORDER: readonly ScipStatus[] = [
  'overdue',
  'update-due',
  'in-progress',
  'workshop-scheduled',
  'current',
];

export const LEVEL_LABEL: Record<MarkerLevel, string> = {
  initial: 'Initial',
  defined: 'Defined',
  optimized: 'Optimized',
  'not-assessed': 'Not assessed',
};
export const LEVEL_ORDER: readonly MarkerLevel[] = ['initial', 'defined', 'optimized', 'not-assessed'];
/** Numeric rank of a level; not-assessed has none. */
export const LEVEL_RANK: Record<MarkerLevel, number | null> = {
  initial: 1,
  defined: 2,
  optimized: 3,
  'not-assessed': null,
};

export const LANE_LABEL: Record<Lane, string> = {
  governance: 'Governance',
  sop: 'Standard Operating Procedures',
  technology: 'Technology',
  training: 'Training & Exercises',
  usage: 'Usage',
};

export const TA_STATUS_LABEL: Record<TaStatus, string> = {
  requested: 'Requested',
  scheduled: 'Scheduled',
  'in-delivery': 'In delivery',
  complete: 'Complete',
};

/** "70%": a share (0–1) as a whole percentage (panels, charts, the table) */
export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;

/** Share (0–1) of assessed-or-not 25 markers at Defined or better. */
export function definedOrBetterShare(m: { initial: number; defined: number; optimized: number; 'not-assessed': number }): number {
  const total = m.initial + m.defined + m.optimized + m['not-assessed'];
  return total === 0 ? 0 : (m.defined + m.optimized) / total;
}
