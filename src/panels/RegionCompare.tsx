/** Side-by-side comparison of the jurisdictions ticked in the region list: status, lanes and marker counts. */
import type { JurisdictionSummary } from '../api/schemas';
import { LANES, MARKER_LEVELS } from '../api/schemas';
import { StatusChip } from '../ui/StatusChip';
import { LANE_LABEL, LEVEL_LABEL, definedOrBetterShare, formatPercent } from '../data/scip';
import { PanelSection } from './PanelSection';

export function RegionCompare({ items, onClear }: { items: readonly JurisdictionSummary[]; onClear: () => void }) {
  const names = items.map((s) => s.name).join(', ');
  return (
    <PanelSection
      title="Comparison"
      className="region-compare"
      actions={
        <button type="button" className="panel-small-button" onClick={onClear}>
          Clear comparison
        </button>
      }
    >
      <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={`Comparison of ${names} (table)`}>
        <table className="chart-table compare-table">
          <caption className="visually-hidden">Comparison of {names}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {items.map((s) => (
                <th key={s.code} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">SCIP status</th>
              {items.map((s) => (
                <td key={s.code}>
                  <StatusChip status={s.scip.status} />
                </td>
              ))}
            </tr>
            {LANES.map((lane) => (
              <tr key={lane}>
                <th scope="row">{LANE_LABEL[lane]}</th>
                {items.map((s) => (
                  <td key={s.code}>{LEVEL_LABEL[s.lanes[lane]]}</td>
                ))}
              </tr>
            ))}
            {MARKER_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">Markers {LEVEL_LABEL[level]}</th>
                {items.map((s) => (
                  <td key={s.code}>{s.markers[level]}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Markers at Defined or better</th>
              {items.map((s) => (
                <td key={s.code}>{formatPercent(definedOrBetterShare(s.markers))}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </PanelSection>
  );
}
