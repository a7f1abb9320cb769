/**
 * Stacked bars (100% by default) with counts printed inside segments that fit them and a
 * legend that states every key's total, so no number lives only in a tooltip.
 */
import { useMemo } from 'react';
import { layoutStackedBars, type StackRow } from './stacked-bar';
import { ChartFrame } from './ChartFrame';

export interface StackedBarChartProps<K extends string> {
  title: string;
  description: string;
  rows: readonly StackRow<K>[];
  keys: readonly K[];
  colors: Readonly<Record<K, string>>;
  keyLabels: Readonly<Record<K, string>>;
  /** table header of the row column */
  rowHeader: string;
  normalize?: boolean;
  labelWidth?: number;
}

export function StackedBarChart<K extends string>(props: StackedBarChartProps<K>) {
  const { title, description, rows, keys, colors, keyLabels, rowHeader, normalize = true, labelWidth } = props;
  const layout = useMemo(
    () => layoutStackedBars(rows, keys, colors, labelWidth === undefined ? { normalize } : { normalize, labelWidth }),
    [rows, keys, colors, normalize, labelWidth],
  );
  const totals = useMemo(() => keys.map((k) => ({ key: k, total: rows.reduce((s, r) => s + r.values[k], 0) })), [rows, keys]);
  const table = useMemo(
    () => ({
      columns: [rowHeader, ...keys.map((k) => keyLabels[k]), 'Total'],
      rows: rows.map((r) => ({
        key: r.key,
        cells: [r.label, ...keys.map((k) => r.values[k]), keys.reduce((s, k) => s + r.values[k], 0)],
      })),
    }),
    [rows, keys, keyLabels, rowHeader],
  );
  const legend = (
    <ul className="chart-legend">
      {totals.map(({ key, total }) => (
        <li key={key}>
          <span className="chart-swatch" style={{ background: colors[key] }} aria-hidden="true" />
          {keyLabels[key]}: {total.toLocaleString('en-US')}
        </li>
      ))}
    </ul>
  );
  return (
    <ChartFrame title={title} description={description} width={layout.width} height={layout.height} table={table} footer={legend}>
      {layout.rows.map((row) => (
        <g key={row.key}>
          <text x={layout.labelWidth - 6} y={row.y + row.height / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
            {row.label}
          </text>
          {row.segments.map((s) => (
            <g key={s.key}>
              <rect x={s.x} y={row.y} width={s.width} height={row.height} fill={s.color} stroke="#ffffff" strokeWidth={0.75}>
                <title>{`${row.label}: ${keyLabels[s.key]} ${s.value}`}</title>
              </rect>
              {s.showLabel ? (
                <text
                  x={s.x + s.width / 2}
                  y={row.y + row.height / 2}
                  className="chart-segment-value"
                  textAnchor="middle"
                  dominantBaseline="central"
                  fill={s.textColor}
                >
                  {s.value}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
