import type { JurisdictionSummary, Region } from '../api/schemas';
import { StatusChip } from '../ui/StatusChip';
import { definedOrBetterShare } from '../data/scip';
import { definedOrBetterTotals, regionSummaries } from '../data/summaries';
import { WallCoordinators } from './WallCoordinators';
import { useFitHeight } from './use-fit-height';
import { formatMonth, formatPercent, regionOfficeLabel } from './format';

export interface RegionPanelProps {
  regionId: number;
  summaries: readonly JurisdictionSummary[];
  /** API regions (coordinators); undefined while unavailable */
  regions: readonly Region[] | undefined;
}


/** One region in large type: its jurisdictions with their status, then who to call. */
export function RegionPanel({ regionId, summaries, regions }: RegionPanelProps) {
  const region = regions?.find((r) => r.id === regionId);
  const members = regionSummaries(summaries, regionId);
  const overdue = members.filter((s) => s.scip.status === 'overdue').length;
  const markers = definedOrBetterTotals(members);
  const fitRef = useFitHeight<HTMLElement>([regionId, summaries, regions]);
  const office = regionOfficeLabel(regions, regionId);
  return (
    <section ref={fitRef} className="wall-panel-body" aria-labelledby="wall-panel-title">
      <h2 id="wall-panel-title" className="wall-panel-title">
        Region {regionId}
        {office ? <span className="wall-panel-subtitle"> · {office}</span> : null}
      </h2>
      <p className="wall-panel-summary">
        {members.length} jurisdictions · {overdue} overdue · {formatPercent(markers.share)} of markers at Defined or better
      </p>
      <table className="wall-table">
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">SCIP status</th>
            <th scope="col">Expires</th>
            <th scope="col" className="num">
              Defined+
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((s) => (
            <tr key={s.code}>
              <th scope="row">{s.name}</th>
              <td>
                <StatusChip status={s.scip.status} />
              </td>
              <td>
                <time dateTime={s.scip.expires}>{formatMonth(s.scip.expires)}</time>
              </td>
              <td className="num">{formatPercent(definedOrBetterShare(s.markers))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {region ? <WallCoordinators coordinators={region.coordinators} /> : <p>Coordinator contacts are unavailable.</p>}
    </section>
  );
}
