import type { JurisdictionSummary } from '../api/schemas';
import { StatusChip } from '../ui/StatusChip';
import { SCIP_STATUS_ORDER } from '../data/scip';
import { countByStatus, definedOrBetterTotals, workshopsWithin } from '../data/summaries';
import { WORKSHOP_WINDOW_DAYS, formatCount, formatPercent } from './format';

export interface KpiBannerProps {
  summaries: readonly JurisdictionSummary[];
  /** meta.asOf: "the next 30 days" count from the data's date, not the wall's clock */
  asOf: string;
}


/**
 * The national picture in four figures, each a number with its words (never a bare
 * number or a colour alone). Statuses run most urgent first, so "Overdue" leads.
 */
export function KpiBanner({ summaries, asOf }: KpiBannerProps) {
  const byStatus = countByStatus(summaries);
  const markers = definedOrBetterTotals(summaries);
  const workshops = workshopsWithin(summaries, asOf, WORKSHOP_WINDOW_DAYS);
  return (
    <section className="wall-kpis" aria-label="Key figures">
      <div className="wall-kpi-group">
        <h2 className="wall-kpi-heading">Jurisdictions by SCIP status</h2>
        <dl className="wall-kpi-statuses">
          {SCIP_STATUS_ORDER.map((status) => (
            <div key={status} className="wall-kpi" data-kpi={status}>
              <dt>
                <StatusChip status={status} />
              </dt>
              <dd className="wall-kpi-value">{byStatus[status]}</dd>
            </div>
          ))}
        </dl>
      </div>
      <dl className="wall-kpi-group wall-kpi-singles">
        <div className="wall-kpi" data-kpi="markers">
          <dt>Markers at Defined or better</dt>
          <dd className="wall-kpi-value">
            {formatPercent(markers.share)}{' '}
            <span className="wall-kpi-detail">
              ({formatCount(markers.count)} of {formatCount(markers.total)})
            </span>
          </dd>
        </div>
        <div className="wall-kpi" data-kpi="workshops">
          <dt>Workshops in the next {WORKSHOP_WINDOW_DAYS} days</dt>
          <dd className="wall-kpi-value">{workshops.length}</dd>
        </div>
      </dl>
    </section>
  );
}
