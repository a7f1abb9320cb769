/**
 * Horizontal bar chart layout: a pure function from data to rectangles and label
 * positions (d3 scales only), so the React component just draws and a test can check it.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

export interface BarMark extends BarDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** where the value text starts (just right of the bar) */
  valueX: number;
  /** text baseline for the row */
  textY: number;
}

export interface BarLayoutOptions {
  width?: number;
  rowHeight?: number;
  /** room for the category labels at the left */
  labelWidth?: number;
  /** room for the value text at the right */
  valueWidth?: number;
  /** scale maximum; defaults to the largest value (at least 1) */
  max?: number;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: BarMark[];
}

export function layoutBars(data: readonly BarDatum[], options: BarLayoutOptions = {}): BarLayout {
  const { width = 360, rowHeight = 24, labelWidth = 140, valueWidth = 44 } = options;
  const height = Math.max(rowHeight, data.length * rowHeight);
  const max = Math.max(1, options.max ?? Math.max(0, ...data.map((d) => d.value)));
  const x = scaleLinear().domain([0, max]).range([labelWidth, width - valueWidth]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([0, height])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const bars = data.map((d) => {
    const top = y(d.key) ?? 0;
    const right = x(Math.max(0, d.value));
    return {
      ...d,
      x: labelWidth,
      y: top,
      width: right - labelWidth,
      height: y.bandwidth(),
      valueX: right + 4,
      textY: top + y.bandwidth() / 2,
    };
  });
  return { width, height, labelWidth, bars };
}
