/**
 * The 25 markers as a grid: one row per continuum lane, one cell per marker showing its
 * level (colour + word) and the change since the previous assessment (glyph + word in
 * the table twin). Pure layout with d3 band scales.
 */
import { scaleBand } from 'd3';
import type { Lane, Marker, MarkerLevel } from '../api/schemas';
import { LANES } from '../api/schemas';
import { LANE_LABEL, LEVEL_LABEL, LEVEL_RANK } from '../data/scip';
import { LEVEL_COLORS } from '../data/palette';
import { readableTextColor } from './contrast';

export type MarkerChange = 'improved' | 'declined' | 'same' | 'new';

export const CHANGE_GLYPH: Record<MarkerChange, string> = { improved: '▲', declined: '▼', same: '=', new: 'new' };
export const CHANGE_LABEL: Record<MarkerChange, string> = {
  improved: 'Improved',
  declined: 'Declined',
  same: 'Same',
  new: 'New',
};

/**
 * "new" when there is no earlier assessment to compare with (never assessed before, or
 * previously not assessed); otherwise compare level ranks, with not-assessed ranking
 * below Initial so a lapse shows as a decline.
 */
export function markerChange(m: Pick<Marker, 'level' | 'previousLevel'>): MarkerChange {
  const prev = m.previousLevel;
  if (prev === null || (prev === 'not-assessed' && m.level !== 'not-assessed')) return 'new';
  const rank = (l: MarkerLevel) => LEVEL_RANK[l] ?? 0;
  const d = rank(m.level) - rank(prev);
  return d > 0 ? 'improved' : d < 0 ? 'declined' : 'same';
}

export interface MarkerCell {
  id: string;
  name: string;
  level: MarkerLevel;
  levelLabel: string;
  change: MarkerChange;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  textColor: string;
}

export interface MarkerLaneRow {
  lane: Lane;
  label: string;
  /** baseline of the lane heading */
  labelY: number;
  cells: MarkerCell[];
}

export interface MarkerGridLayout {
  width: number;
  height: number;
  lanes: MarkerLaneRow[];
}

export function layoutMarkerGrid(
  markers: readonly Marker[],
  options: { width?: number; cellHeight?: number; headingHeight?: number; gap?: number } = {},
): MarkerGridLayout {
  const { width = 360, cellHeight = 36, headingHeight = 18, gap = 8 } = options;
  const perLane = Math.max(1, ...LANES.map((lane) => markers.filter((m) => m.lane === lane).length));
  const x = scaleBand<number>()
    .domain([...Array(perLane).keys()])
    .range([0, width])
    .paddingInner(0.08);
  const rowHeight = headingHeight + cellHeight + gap;
  const lanes = LANES.map((lane, i) => {
    const top = i * rowHeight;
    const cells = markers
      .filter((m) => m.lane === lane)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m, k) => ({
        id: m.id,
        name: m.name,
        level: m.level,
        levelLabel: LEVEL_LABEL[m.level],
        change: markerChange(m),
        x: x(k) ?? 0,
        y: top + headingHeight,
        width: x.bandwidth(),
        height: cellHeight,
        color: LEVEL_COLORS[m.level],
        textColor: readableTextColor(LEVEL_COLORS[m.level]),
      }));
    return { lane, label: LANE_LABEL[lane], labelY: top + headingHeight - 5, cells };
  });
  return { width, height: LANES.length * rowHeight - gap, lanes };
}
