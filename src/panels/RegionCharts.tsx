/** A region's counts by SCIP status and its marker levels per jurisdiction. */
import { useMemo } from 'react';
import type { JurisdictionSummary, MarkerLevel } from '../api/schemas';
import { MARKER_LEVELS } from '../api/schemas';
import { BarChart } from '../charts/BarChart';
import { StackedBarChart } from '../charts/StackedBarChart';
import { LEVEL_COLORS } from '../data/palette';
import { LEVEL_LABEL } from '../data/scip';
import { describeCounts, statusBars } from './status-bars';
import { PanelSection } from './PanelSection';

export function RegionCharts({ regionId, members }: { regionId: number; members: readonly JurisdictionSummary[] }) {
  const bars = useMemo(() => statusBars(members), [members]);
  const rows = useMemo(() => members.map((s) => ({ key: s.code, label: s.code, values: s.markers })), [members]);
  return (
    <>
      <PanelSection title="Counts by SCIP status">
        <BarChart
          title={`SCIP status of the ${members.length} jurisdictions in Region ${regionId}`}
          description={`${describeCounts(bars)}.`}
          data={bars}
          categoryHeader="SCIP status"
          valueHeader="Jurisdictions"
        />
      </PanelSection>
      <PanelSection title="Marker levels">
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
      </PanelSection>
    </>
  );
}
