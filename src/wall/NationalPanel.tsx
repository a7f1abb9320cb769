import type { JurisdictionSummary } from '../api/schemas';
import { REGIONS } from '../data/reference';
import { overdueList, rankRegions, workshopsWithin } from '../data/summaries';
import { useFitHeight } from './use-fit-height';
import { WORKSHOP_WINDOW_DAYS, formatMonthDay, formatPercent } from './format';

export interface NationalPanelProps {
  summaries: readonly JurisdictionSummary[];
  asOf: string;
}


/** The national frame's panel: who is overdue, what is coming up, how the regions compare. */
export function NationalPanel({ summaries, asOf }: NationalPanelProps) {
  const overdue = overdueList(summaries);
  const workshops = workshopsWithin(summaries, asOf, WORKSHOP_WINDOW_DAYS);
  const ranks = rankRegions(summaries, REGIONS);
  const fitRef = useFitHeight<HTMLElement>([summaries, asOf]);
  return (
    <section ref={fitRef} className="wall-panel-body" aria-labelledby="wall-panel-title">
      <h2 id="wall-panel-title" className="wall-panel-title">
        National overview
      </h2>
      <h3 className="wall-section-title">Overdue ({overdue.length})</h3>
      <p className="wall-names">{overdue.length ? overdue.map((s) => s.name).join(', ') : 'None'}</p>
      <h3 className="wall-section-title">Workshops in the next {WORKSHOP_WINDOW_DAYS} days ({workshops.length})</h3>
      <p className="wall-names">
        {workshops.length
          ? workshops.map((s) => `${s.name} ${s.scip.nextWorkshop ? formatMonthDay(s.scip.nextWorkshop) : ''}`).join(', ')
          : 'None scheduled'}
      </p>
      <table className="wall-table wall-rank">
        <caption className="wall-section-title">Regions by markers at Defined or better</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col" className="num">
              Defined+
            </th>
            <th scope="col" className="num">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((r) => (
            <tr key={r.regionId}>
              <th scope="row">Region {r.regionId}</th>
              <td className="num">{formatPercent(r.share)}</td>
              <td className="num">{r.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
