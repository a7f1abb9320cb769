/** A region's counts by SCIP status and its marker levels per jurisdiction. */
import { useMemo } from 'react';
import type { JurisdictionSummary, MarkerLevel } from '../api/schemas';
import { MARKER_LEVELS } from '../api/schemas';
import { BarChart } from '../charts/BarChart';
import { StackedBarChart } from '../charts/StackedBarChart';
import { LEVEL_COLORS, SCIP_STATUS_COLORS } from '../data/palette';
import { LEVEL_LABEL, SCIP_STATUS_LABEL, SCIP_STATUS_ORDER } from '../data/scip';
import { countByStatus } from '../data/summaries';

export function statusBars(summaries: readonly JurisdictionSummary[]) {
  const counts = countByStatus(summaries);
  return SCIP_STATUS_ORDER.map((s) => ({ key: s, label: SCIP_STATUS_LABEL[s], value: counts[s], color: SCIP_STATUS_COLORS[s] }));
}

export const describeCounts = (bars: readonly { label: string; value: number }[]) =>
  bars.map((b) => `${b.label} ${b.value}`).join(', ');

export function RegionCharts({ regionId, members }: { regionId: number; members: readonly JurisdictionSummary[] }) {
  const bars = useMemo(() => statusBars(members), [members]);
  const rows = useMemo(() => members.map((s) => ({ key: s.code, label: s.code, values: s.markers })), [members]);
  return (
    <>
      <section className="panel-section" aria-labelledby="region-status-heading">
        <h3 id="region-status-heading">Counts by SCIP status</h3>
        <BarChart
          title={`SCIP status of the ${members.length} jurisdictions in Region ${regionId}`}
          description={`${describeCounts(bars)}.`}
          data={bars}
          categoryHeader="SCIP status"
          valueHeader="Jurisdictions"
        />
      </section>
      <section className="panel-section" aria-labelledby="region-markers-heading">
        <h3 id="region-markers-heading">Marker levels</h3>
        <StackedBarChart<MarkerLevel>
          title={`Share of the 25 markers at each level, Region ${regionId}`}
          description={members.map((s) => `${s.name}: ${MARKER_LEVELS.map((l) => `${LEVEL_LABEL[l]} ${s.markers[l]}`).join(', ')}`).join('; ')}
          rows={rows}
          keys={MARKER_LEVELS}
          colors={LEVEL_COLORS}
          keyLabels={LEVEL_LABEL}
          rowHeader="Jurisdiction"
          labelWidth={36}
        />
      </section>
    </>
  );
}
