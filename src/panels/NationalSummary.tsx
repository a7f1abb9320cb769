/**
 * Nothing selected: the national picture from the summaries list — counts by status,
 * who is overdue or due soon (relative to the dataset's asOf, never the clock), marker
 * levels across all 56, and the regions ranked. Every item selects its state or region.
 */
import { useMemo } from 'react';
import { useJurisdictions, useMeta } from '../api/queries';
import type { JurisdictionSummary, MarkerLevel } from '../api/schemas';
import { MARKER_LEVELS } from '../api/schemas';
import { BarChart } from '../charts/BarChart';
import { StackedBarChart } from '../charts/StackedBarChart';
import { SectionError } from '../ui/SectionError';
import { Skeleton } from '../ui/Skeleton';
import { formatDay } from '../data/freshness';
import { LEVEL_COLORS } from '../data/palette';
import { REGIONS } from '../data/reference';
import { LEVEL_LABEL, formatPercent } from '../data/scip';
import { definedOrBetterTotals, dueSoonList, markerLevelTotals, overdueList, rankRegions } from '../data/summaries';
import { DataAsOf } from './DataAsOf';
import { JurisdictionList } from './JurisdictionList';
import { PanelHeading } from './PanelHeading';
import { RegionRanking } from './RegionRanking';
import { describeCounts, statusBars } from './status-bars';
import './panels.css';
import { PanelSection } from './PanelSection';

const TITLE = 'National summary';
const dueNote = (s: JurisdictionSummary) => `Plan expires ${formatDay(s.scip.expires)}`;

/** Why an overdue SCIP is overdue: an expired plan, else a missing annual report. */
function overdueNote(asOf: string | undefined) {
  return (s: JurisdictionSummary) => {
    if (asOf && s.scip.expires < asOf.slice(0, 10)) return `Plan expired ${formatDay(s.scip.expires)}`;
    if (!asOf) return `Plan expires ${formatDay(s.scip.expires)}`;
    return s.scip.lastAnnualReport
      ? `Annual report overdue; last received ${formatDay(s.scip.lastAnnualReport)}`
      : 'Annual report overdue; none on record';
  };
}

function NationalContent({ summaries, asOf }: { summaries: readonly JurisdictionSummary[]; asOf: string | undefined }) {
  const model = useMemo(() => {
    const totals = markerLevelTotals(summaries);
    return {
      bars: statusBars(summaries),
      overdue: overdueList(summaries),
      dueSoon: asOf ? dueSoonList(summaries, asOf) : null,
      levelRows: [{ key: 'all', label: 'All', values: totals }],
      totals,
      definedOrBetter: definedOrBetterTotals(summaries),
      ranks: rankRegions(summaries, REGIONS),
      overdueNote: overdueNote(asOf),
    };
  }, [summaries, asOf]);
  const { definedOrBetter: dob } = model;
  return (
    <>
      <PanelSection title="Counts by SCIP status">
        <BarChart
          title={`SCIP status of all ${summaries.length} jurisdictions`}
          description={`${describeCounts(model.bars)}.`}
          data={model.bars}
          categoryHeader="SCIP status"
          valueHeader="Jurisdictions"
        />
      </PanelSection>
      <PanelSection title={`Overdue (${model.overdue.length})`}>
        <JurisdictionList items={model.overdue} note={model.overdueNote} empty="No SCIP is overdue." label="Overdue jurisdictions" />
      </PanelSection>
      <PanelSection title={`Due soon${model.dueSoon ? ` (${model.dueSoon.length})` : ''}`} busy={model.dueSoon === null}>
        <p className="panel-hint">Update due, or the plan expires within 6 months of the data date.</p>
        {model.dueSoon ? (
          <JurisdictionList items={model.dueSoon} note={dueNote} empty="No SCIP is due within 6 months." label="Jurisdictions due soon" />
        ) : (
          <Skeleton label="Waiting for the data date" lines={3} />
        )}
      </PanelSection>
      <PanelSection title="Marker levels">
        <p className="panel-hint">
          {dob.count.toLocaleString('en-US')} of {dob.total.toLocaleString('en-US')} markers ({formatPercent(dob.share)}) at Defined
          or better.
        </p>
        <StackedBarChart<MarkerLevel>
          title={`Levels of all markers across the ${summaries.length} jurisdictions`}
          description={`${MARKER_LEVELS.map((l) => `${LEVEL_LABEL[l]} ${model.totals[l]}`).join(', ')}.`}
          rows={model.levelRows}
          keys={MARKER_LEVELS}
          colors={LEVEL_COLORS}
          keyLabels={LEVEL_LABEL}
          rowHeader="Jurisdictions"
          labelWidth={30}
        />
      </PanelSection>
      <PanelSection title="Regions ranked">
        <p className="panel-hint">By share of markers at Defined or better, with overdue SCIPs.</p>
        <RegionRanking ranks={model.ranks} />
      </PanelSection>
    </>
  );
}

export function NationalSummary() {
  const summaries = useJurisdictions();
  const meta = useMeta();
  return (
    <div className="panel" data-testid="national-panel">
      <header className="panel-header">
        <PanelHeading text={TITLE}>{TITLE}</PanelHeading>
        <p className="panel-subtitle">56 states, territories and DC in 10 CISA regions</p>
      </header>
      {summaries.data ? (
        <NationalContent summaries={summaries.data} asOf={meta.data?.asOf} />
      ) : summaries.error ? (
        <SectionError what="Jurisdiction statuses" error={summaries.error} query={summaries} />
      ) : (
        <div aria-busy="true">
          <Skeleton label="Loading the national summary" lines={8} />
        </div>
      )}
      <DataAsOf />
    </div>
  );
}
