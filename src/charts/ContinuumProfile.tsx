/** The five continuum lanes' levels as a profile (dots joined by a line), each level named in text. */
import { useMemo } from 'react';
import type { LaneLevels } from '../api/schemas';
import { layoutContinuum } from './continuum';
import { ChartFrame } from './ChartFrame';

export function ContinuumProfile({ lanes, subject }: { lanes: LaneLevels; subject: string }) {
  const layout = useMemo(() => layoutContinuum(lanes), [lanes]);
  const description = useMemo(
    () => `${subject}: ${layout.points.map((p) => `${p.fullLabel} ${p.levelLabel}`).join('; ')}.`,
    [layout, subject],
  );
  const table = useMemo(
    () => ({ columns: ['Lane', 'Level'], rows: layout.points.map((p) => ({ key: p.lane, cells: [p.fullLabel, p.levelLabel] })) }),
    [layout],
  );
  return (
    <ChartFrame
      title={`Continuum profile of ${subject}`}
      description={description}
      width={layout.width}
      height={layout.height}
      table={table}
    >
      {layout.columns.map((c) => (
        <g key={c.level}>
          <line x1={c.x} x2={c.x} y1={layout.headerHeight - 2} y2={layout.height} stroke="#c9d1d9" strokeDasharray="2 3" />
          <text x={c.x} y={12} className="chart-axis" textAnchor="middle">
            {c.label}
          </text>
        </g>
      ))}
      <path d={layout.path} fill="none" stroke="#4a5560" strokeWidth={1.5} />
      {layout.points.map((p) => (
        <g key={p.lane}>
          <text x={layout.labelWidth - 8} y={p.y} className="chart-label" textAnchor="end" dominantBaseline="central">
            {p.label}
          </text>
          {p.x === null ? (
            <text x={layout.notAssessedX} y={p.y} className="chart-note" textAnchor="middle" dominantBaseline="central">
              Not assessed
            </text>
          ) : (
            <>
              <circle cx={p.x} cy={p.y} r={6} fill={p.color} stroke="#1b1b1b" strokeWidth={1} />
              <text x={p.x} y={p.y + 15} className="chart-value" textAnchor="middle" dominantBaseline="central">
                {p.levelLabel}
              </text>
            </>
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
