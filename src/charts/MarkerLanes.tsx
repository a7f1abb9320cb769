/**
 * The 25 markers grouped by continuum lane: each cell names the marker, its level and
 * its change since the previous assessment (▲ improved, ▼ declined, = same, new).
 * Full marker names are in the table twin and each cell's <title>.
 */
import { useMemo } from 'react';
import type { Marker } from '../api/schemas';
import { CHANGE_GLYPH, CHANGE_LABEL, layoutMarkerGrid } from './marker-grid';
import { ChartFrame } from './ChartFrame';

export function MarkerLanes({ markers, subject }: { markers: readonly Marker[]; subject: string }) {
  const layout = useMemo(() => layoutMarkerGrid(markers), [markers]);
  const summary = useMemo(() => {
    const counts = { improved: 0, declined: 0, same: 0, new: 0 };
    for (const lane of layout.lanes) for (const c of lane.cells) counts[c.change] += 1;
    return counts;
  }, [layout]);
  const table = useMemo(
    () => ({
      columns: ['Marker', 'Lane', 'Level', 'Change since previous assessment'],
      rows: layout.lanes.flatMap((lane) =>
        lane.cells.map((c) => ({ key: c.id, cells: [`${c.id} ${c.name}`, lane.label, c.levelLabel, CHANGE_LABEL[c.change]] })),
      ),
    }),
    [layout],
  );
  const description =
    `${markers.length} markers of ${subject} in five continuum lanes: ` +
    `${summary.improved} improved, ${summary.declined} declined, ${summary.same} unchanged, ${summary.new} newly assessed.`;
  const footer = (
    <p className="chart-key">
      Change since previous assessment: ▲ improved · ▼ declined · = same · new = first assessment
    </p>
  );
  return (
    <ChartFrame
      title={`Interoperability markers of ${subject} by lane`}
      description={description}
      width={layout.width}
      height={layout.height}
      table={table}
      footer={footer}
    >
      {layout.lanes.map((lane) => (
        <g key={lane.lane}>
          <text x={0} y={lane.labelY} className="chart-lane">
            {lane.label}
          </text>
          {lane.cells.map((c) => (
            <g key={c.id}>
              <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={3} fill={c.color} stroke="#1b1b1b" strokeWidth={0.5}>
                <title>{`${c.id} ${c.name}: ${c.levelLabel}, ${CHANGE_LABEL[c.change].toLowerCase()}`}</title>
              </rect>
              <text x={c.x + c.width / 2} y={c.y + 12} className="chart-cell-id" textAnchor="middle" fill={c.textColor}>
                {`${c.id} ${CHANGE_GLYPH[c.change]}`}
              </text>
              <text x={c.x + c.width / 2} y={c.y + 27} className="chart-cell-level" textAnchor="middle" fill={c.textColor}>
                {c.levelLabel}
              </text>
            </g>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
