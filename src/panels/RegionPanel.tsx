/**
 * ?region=N: office and coordinators (from /regions) and the region's jurisdictions,
 * charts and comparison (from /jurisdictions); either can fail without the other.
 */
import { useMemo } from 'react';
import { useJurisdictions } from '../api/queries';
import { REGIONS } from '../data/reference';
import { regionSummaries } from '../data/summaries';
import { SectionError } from '../ui/SectionError';
import { Skeleton } from '../ui/Skeleton';
import { DataAsOf } from './DataAsOf';
import { PanelHeading } from './PanelHeading';
import { RegionCharts } from './RegionCharts';
import { RegionJurisdictions } from './RegionJurisdictions';
import { RegionOffice } from './RegionOffice';
import './panels.css';
import { PanelSection } from './PanelSection';

export function RegionPanel({ regionId }: { regionId: number }) {
  const summaries = useJurisdictions();
  const members = useMemo(() => (summaries.data ? regionSummaries(summaries.data, regionId) : null), [summaries.data, regionId]);
  const ref = REGIONS.find((r) => r.id === regionId);
  const title = `Region ${regionId}`;
  return (
    <div className="panel" data-testid="region-panel">
      <header className="panel-header">
        <PanelHeading text={title}>{title}</PanelHeading>
        {ref ? (
          <p className="panel-subtitle">
            CISA Region {regionId} · office in {ref.officeCity}, {ref.officeState}
          </p>
        ) : null}
      </header>
      <RegionOffice regionId={regionId} />
      {members ? (
        <>
          <RegionJurisdictions regionId={regionId} members={members} />
          <RegionCharts regionId={regionId} members={members} />
        </>
      ) : summaries.error ? (
        <PanelSection title="Jurisdictions">
          <SectionError what="Jurisdiction statuses" error={summaries.error} query={summaries} />
        </PanelSection>
      ) : (
        <PanelSection title="Jurisdictions" busy>
          <Skeleton label="Loading jurisdiction statuses" lines={6} />
        </PanelSection>
      )}
      <DataAsOf />
    </div>
  );
}
