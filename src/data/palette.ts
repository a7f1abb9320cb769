/**
 * Colour-blind-safe palettes. Regions: Paul Tol's "muted" scheme (9 + pale grey),
 * statuses: Okabe–Ito. Colour is never the only signal: labels, legend text,
 * tooltips, the table and a hatch for "no data" carry the same facts.
 */
import type { MarkerLevel, ScipStatus } from '../api/schemas';

export const REGION_COLORS: readonly string[] = [
  '#88CCEE', // 1
  '#CC6677', // 2
  '#DDCC77', // 3
  '#117733', // 4
  '#332288', // 5
  '#AA4499', // 6
  '#44AA99', // 7
  '#999933', // 8
  '#882255', // 9
  '#6699CC', // 10
];

export const SCIP_STATUS_COLORS: Record<ScipStatus, string> = {
  overdue: '#D55E00',
  'update-due': '#E69F00',
  'in-progress': '#56B4E9',
  'workshop-scheduled': '#CC79A7',
  current: '#009E73',
};

export const LEVEL_COLORS: Record<MarkerLevel, string> = {
  initial: '#fde725',
  defined: '#21918c',
  optimized: '#3b0f70',
  'not-assessed': '#bdbdbd',
};

/** Sequential (viridis-derived) classes for "share of markers at Defined or better". */
export const SHARE_COLORS: readonly string[] = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

export const NO_DATA_COLOR = '#d9d9d9';
export const OUTLINE_COLOR = '#ffffff';
export const SELECTED_OUTLINE_COLOR = '#000000';
