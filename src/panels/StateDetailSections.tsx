/**
 * Everything that needs the jurisdiction's detail record: SWIC and governance, the 25
 * markers, the continuum profile, TA requests, PTS enrolment and notes. One query, so
 * one loading state and one error with Retry for the group; the panel's other sections
 * (status, coordinators, data date) come from other endpoints and keep rendering.
 */
import { useMemo } from 'react';
import { useJurisdiction } from '../api/queries';
import type { JurisdictionDetail } from '../api/schemas';
import { BarChart } from '../charts/BarChart';
import type { BarDatum } from '../charts/bar-chart';
import { ContinuumProfile } from '../charts/ContinuumProfile';
import { MarkerLanes } from '../charts/MarkerLanes';
import { SectionError } from '../ui/SectionError';
import { Skeleton } from '../ui/Skeleton';
import { SHARE_COLORS } from '../data/palette';
import { SwicSection } from './SwicSection';
import { TaRequestList } from './TaRequestList';
import { PanelSection } from './PanelSection';
import { MarkerEditor } from './edit/DetailEditors';
import { NotesSection } from './edit/NotesSection';

const PLACEHOLDER_TITLES = ['SWIC and governance', 'Interoperability markers', 'Technical-assistance requests', 'Priority services enrolment'];
const PTS_COLOR = SHARE_COLORS[3] ?? '#3b528b';

function ptsBars(detail: JurisdictionDetail): BarDatum[] {
  return [
    { key: 'gets', label: 'GETS (wireline)', value: detail.pts.gets, color: PTS_COLOR },
    { key: 'wps', label: 'WPS (wireless)', value: detail.pts.wps, color: PTS_COLOR },
    { key: 'tsp', label: 'TSP (restoration)', value: detail.pts.tsp, color: PTS_COLOR },
  ];
}

function DetailContent({ detail, name }: { detail: JurisdictionDetail; name: string }) {
  const pts = useMemo(() => ptsBars(detail), [detail]);
  return (
    <>
      <SwicSection detail={detail} />
      <PanelSection title="Interoperability markers">
        <MarkerLanes markers={detail.markerDetails} subject={name} />
        <ContinuumProfile lanes={detail.lanes} subject={name} />
        <MarkerEditor detail={detail} />
      </PanelSection>
      <TaRequestList requests={detail.taRequests} code={detail.code} name={name} regionId={detail.regionId} />
      <PanelSection title="Priority services enrolment">
        <BarChart
          title={`Priority Telecommunications Services enrolment in ${name}`}
          description={`GETS ${detail.pts.gets}, WPS ${detail.pts.wps}, TSP ${detail.pts.tsp} enrolments.`}
          data={pts}
          categoryHeader="Service"
          valueHeader="Enrolments"
          labelWidth={120}
        />
      </PanelSection>
      <NotesSection detail={detail} />
    </>
  );
}

export function StateDetailSections({ code, name }: { code: string; name: string }) {
  const query = useJurisdiction(code);
  if (query.data) return <DetailContent detail={query.data} name={name} />;
  if (query.error) {
    return (
      <PanelSection title="SWIC, markers and programs">
        <SectionError what={`Details for ${name}`} error={query.error} query={query} />
      </PanelSection>
    );
  }
  return (
    <>
      {PLACEHOLDER_TITLES.map((title) => (
        <PanelSection key={title} title={title} busy>
          <Skeleton label={`Loading ${title.toLowerCase()}`} lines={3} />
        </PanelSection>
      ))}
    </>
  );
}
