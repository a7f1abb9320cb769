/**
 * 100% stacked bar layout (d3.stack with the "expand" offset): one bar per row, one
 * segment per key. Pure, so the rectangles can be unit-tested and drawn by React.
 */
import { scaleBand, scaleLinear, stack, stackOffsetExpand, stackOffsetNone } from 'd3';
import { readableTextColor } from './contrast';

export interface StackRow<K extends string> {
  key: string;
  label: string;
  values: Readonly<Record<K, number>>;
}

export interface StackSegment<K extends string> {
  key: K;
  value: number;
  x: number;
  width: number;
  color: string;
  textColor: string;
  /** false when the segment is too narrow for its number (the legend and table still carry it) */
  showLabel: boolean;
}

export interface StackedRowLayout<K extends string> {
  key: string;
  label: string;
  total: number;
  y: number;
  height: number;
  segments: StackSegment<K>[];
}

export interface StackedLayoutOptions {
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  /** true: every bar spans the full width (shares); false: bars share one count scale */
  normalize?: boolean;
  /** approximate width of one digit of the segment labels, to decide whether a number fits */
  digitWidth?: number;
}

export interface StackedLayout<K extends string> {
  width: number;
  height: number;
  labelWidth: number;
  rows: StackedRowLayout<K>[];
}

export function layoutStackedBars<K extends string>(
  rows: readonly StackRow<K>[],
  keys: readonly K[],
  colors: Readonly<Record<K, string>>,
  options: StackedLayoutOptions = {},
): StackedLayout<K> {
  const { width = 360, rowHeight = 26, labelWidth = 110, normalize = true, digitWidth = 6 } = options;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const totals = rows.map((r) => keys.reduce((sum, k) => sum + r.values[k], 0));
  const series = stack<StackRow<K>, K>()
    .keys(keys)
    .value((row, key) => row.values[key])
    .offset(normalize ? stackOffsetExpand : stackOffsetNone)([...rows]);
  const max = normalize ? 1 : Math.max(1, ...totals);
  const x = scaleLinear().domain([0, max]).range([labelWidth, width]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([0, height])
    .paddingInner(0.25)
    .paddingOuter(0.1);

  const laid = rows.map((row, i) => {
    const segments: StackSegment<K>[] = [];
    for (const s of series) {
      const point = s[i];
      const value = row.values[s.key];
      // d3's expand offset yields NaN for an all-zero row; such rows have no segments
      if (!point || value <= 0 || Number.isNaN(point[0]) || Number.isNaN(point[1])) continue;
      const x0 = x(point[0]);
      const w = x(point[1]) - x0;
      segments.push({
        key: s.key,
        value,
        x: x0,
        width: w,
        color: colors[s.key],
        textColor: readableTextColor(colors[s.key]),
        showLabel: w >= String(value).length * digitWidth + 3,
      });
    }
    return { key: row.key, label: row.label, total: totals[i] ?? 0, y: y(row.key) ?? 0, height: y.bandwidth(), segments };
  });
  return { width, height, labelWidth, rows: laid };
}
