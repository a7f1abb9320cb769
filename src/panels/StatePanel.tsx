/**
 * ?state=XX: one jurisdiction. The heading and region come from reference data, so they
 * show at once; each other section loads (and may fail) on its own.
 */
import { JURISDICTION_BY_CODE, REGIONS } from '../data/reference';
import { insetOf } from '../geo/insets';
import { useUrlState } from '../url/use-url-state';
import { DataAsOf } from './DataAsOf';
import { PanelHeading } from './PanelHeading';
import { RegionButton } from './RegionButton';
import { StateCoordinators } from './StateCoordinators';
import { StateDetailSections } from './StateDetailSections';
import { StateScipSection } from './StateScipSection';
import { HistorySection } from './edit/HistorySection';
import './panels.css';

const TYPE_LABEL = { state: 'State', district: 'Federal district', territory: 'Territory' } as const;

export function StatePanel({ code }: { code: string }) {
  const ref = JURISDICTION_BY_CODE.get(code);
  // the URL parser only lets the 56 codes through; this guards direct use of the component
  if (!ref) return <p className="panel-empty">Unknown jurisdiction “{code}”.</p>;
  const office = REGIONS.find((r) => r.id === ref.regionId);
  return (
    <div className="panel" data-testid="state-panel">
      <header className="panel-header">
        <PanelHeading text={ref.name}>{ref.name}</PanelHeading>
        <p className="panel-subtitle">
          {TYPE_LABEL[ref.type]} · <RegionButton regionId={ref.regionId} />
          {office ? <span className="panel-muted"> (office: {office.officeCity}, {office.officeState})</span> : null}
        </p>
        <ZoomControl code={code} name={ref.name} />
      </header>
      <StateScipSection code={code} name={ref.name} />
      <StateCoordinators code={code} regionId={ref.regionId} />
      <StateDetailSections code={code} name={ref.name} />
      <HistorySection code={code} name={ref.name} />
      <DataAsOf />
    </div>
  );
}

/**
 * Close zoom on the map (?zoom=on). The national view draws some jurisdictions in insets,
 * moved and scaled; zooming shows those at their true location and shape.
 */
function ZoomControl({ code, name }: { code: string; name: string }) {
  const { url, navigate } = useUrlState();
  if (url.view === 'table') return null;
  const inset = insetOf(code) !== undefined;
  return (
    <p className="panel-actions">
      <button type="button" onClick={() => navigate({ zoom: !url.zoom })}>
        {url.zoom ? 'Back to the national view' : `Zoom the map to ${name}`}
      </button>
      {inset && !url.zoom ? <span className="panel-muted"> (its true location; the national view shows it in an inset)</span> : null}
    </p>
  );
}
