/**
 * Every chart's frame: an accessible SVG (role="img", <title> + <desc>), responsive
 * through its viewBox, and a "Show as table" toggle that swaps in a <table> with the
 * same numbers, for screen readers, keyboard users and copy-paste.
 */
import { useId, useState, type ReactNode } from 'react';
import './charts.css';

export interface ChartTable {
  /** header of each column; the first column holds the row headers */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly (string | number)[] }[];
}

export interface ChartFrameProps {
  title: string;
  description: string;
  width: number;
  height: number;
  table: ChartTable;
  /** SVG content in viewBox units */
  children: ReactNode;
  /** HTML shown under the chart in both modes (e.g. a legend with totals) */
  footer?: ReactNode;
}

export function ChartFrame({ title, description, width, height, table, children, footer }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  return (
    <figure className="chart">
      <div className="chart-head">
        <figcaption className="chart-title">{title}</figcaption>
        <button type="button" className="chart-toggle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Show as table{' '}
          <span className="visually-hidden">for {title}</span>
        </button>
      </div>
      {asTable ? (
        // focusable so keyboard users can scroll a table wider than the panel
        <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={`${title} (table)`}>
          <table className="chart-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="xMinYMin meet"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {children}
        </svg>
      )}
      {footer}
    </figure>
  );
}
