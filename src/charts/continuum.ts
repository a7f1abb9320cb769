/**
 * The SAFECOM Interoperability Continuum profile: one row per lane, the lane's level
 * placed on an Initial → Defined → Optimized scale, joined by a line (broken where a
 * lane is not assessed). Pure layout with d3 scales and d3.line.
 */
import { line, scalePoint } from 'd3';
import type { Lane, LaneLevels, MarkerLevel } from '../api/schemas';
import { LANES } from '../api/schemas';
import { LANE_LABEL, LEVEL_LABEL } from '../data/scip';
import { LEVEL_COLORS } from '../data/palette';

/** Short lane names for the narrow SVG; the table twin and the description use the full names. */
export const LANE_SHORT_LABEL: Record<Lane, string> = {
  governance: 'Governance',
  sop: 'SOPs',
  technology: 'Technology',
  training: 'Training & Exercises',
  usage: 'Usage',
};

export const ASSESSED_LEVELS = ['initial', 'defined', 'optimized'] as const;
type AssessedLevel = (typeof ASSESSED_LEVELS)[number];

export interface ContinuumPoint {
  lane: Lane;
  label: string;
  fullLabel: string;
  level: MarkerLevel;
  levelLabel: string;
  /** null when the lane is not assessed (drawn as text, not a dot) */
  x: number | null;
  y: number;
  color: string;
}

export interface ContinuumLayout {
  width: number;
  height: number;
  labelWidth: number;
  /** column headers: level name and x */
  columns: { level: AssessedLevel; label: string; x: number }[];
  points: ContinuumPoint[];
  /** SVG path joining consecutive assessed lanes */
  path: string;
  /** x where "Not assessed" text goes */
  notAssessedX: number;
  headerHeight: number;
}

const isAssessed = (l: MarkerLevel): l is AssessedLevel => l !== 'not-assessed';

export function layoutContinuum(
  lanes: LaneLevels,
  options: { width?: number; rowHeight?: number; labelWidth?: number; headerHeight?: number } = {},
): ContinuumLayout {
  const { width = 360, rowHeight = 36, labelWidth = 120, headerHeight = 20 } = options;
  const x = scalePoint<AssessedLevel>().domain(ASSESSED_LEVELS).range([labelWidth, width]).padding(0.5);
  const points: ContinuumPoint[] = LANES.map((lane, i) => {
    const level = lanes[lane];
    return {
      lane,
      label: LANE_SHORT_LABEL[lane],
      fullLabel: LANE_LABEL[lane],
      level,
      levelLabel: LEVEL_LABEL[level],
      x: isAssessed(level) ? (x(level) ?? null) : null,
      y: headerHeight + i * rowHeight + rowHeight / 2 - 6,
      color: LEVEL_COLORS[level],
    };
  });
  const path =
    line<ContinuumPoint>()
      .defined((p) => p.x !== null)
      .x((p) => p.x ?? 0)
      .y((p) => p.y)(points) ?? '';
  return {
    width,
    height: headerHeight + LANES.length * rowHeight,
    labelWidth,
    columns: ASSESSED_LEVELS.map((level) => ({ level, label: LEVEL_LABEL[level], x: x(level) ?? 0 })),
    points,
    path,
    notAssessedX: x('initial') ?? labelWidth,
    headerHeight,
  };
}
