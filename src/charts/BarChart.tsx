/** Horizontal bars with the category at the left and the value printed at each bar's end. */
import { useMemo } from 'react';
import { layoutBars, type BarDatum } from './bar-chart';
import { ChartFrame } from './ChartFrame';

export interface BarChartProps {
  title: string;
  description: string;
  data: readonly BarDatum[];
  /** table header of the category column */
  categoryHeader: string;
  /** table header of the value column */
  valueHeader: string;
  labelWidth?: number;
  formatValue?: (value: number) => string;
}

const plain = (v: number) => v.toLocaleString('en-US');

export function BarChart({ title, description, data, categoryHeader, valueHeader, labelWidth, formatValue = plain }: BarChartProps) {
  const layout = useMemo(() => layoutBars(data, labelWidth === undefined ? {} : { labelWidth }), [data, labelWidth]);
  const table = useMemo(
    () => ({
      columns: [categoryHeader, valueHeader],
      rows: data.map((d) => ({ key: d.key, cells: [d.label, formatValue(d.value)] })),
    }),
    [data, categoryHeader, valueHeader, formatValue],
  );
  return (
    <ChartFrame title={title} description={description} width={layout.width} height={layout.height} table={table}>
      {layout.bars.map((b) => (
        <g key={b.key}>
          <text x={layout.labelWidth - 6} y={b.textY} className="chart-label" textAnchor="end" dominantBaseline="central">
            {b.label}
          </text>
          <rect x={b.x} y={b.y} width={Math.max(0, b.width)} height={b.height} fill={b.color} stroke="#1b1b1b" strokeWidth={0.5} />
          <text x={b.valueX} y={b.textY} className="chart-value" dominantBaseline="central">
            {formatValue(b.value)}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}
