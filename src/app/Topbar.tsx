import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useMeta } from '../api/queries';
import type { Legend } from '../data/legend';
import { LAYER_TITLES } from '../data/legend';
import { formatAsOf } from '../data/freshness';
import { downloadBlob } from '../data/download';
import { exportMapPng } from '../map/export-png';
import { DASHBOARD_MAP_ID } from '../map/MapView';
import { loadLabels } from '../geo/boundaries';
import { FindCoordinator } from '../search/FindCoordinator';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { useUrlState } from '../url/use-url-state';

interface Props {
  legend: Legend;
  webglAvailable: boolean;
}

export function Topbar({ legend, webglAvailable }: Props) {
  const mapRef = useMap()[DASHBOARD_MAP_ID];
  const { url, navigate } = useUrlState();
  const meta = useMeta();
  const [exportState, setExportState] = useState('');

  const exportPng = async () => {
    const map = mapRef?.getMap();
    if (!map) return;
    setExportState('Preparing image…');
    try {
      const labels = await loadLabels();
      const blob = await exportMapPng(map, {
        title: 'Regional Coordination Map',
        asOf: meta.data ? formatAsOf(meta.data.asOf) : 'unknown',
        sample: meta.data?.sample ?? true,
        legend,
        labels: labels.jurisdictions,
      });
      downloadBlob(blob, `regional-map-${url.layer}.png`);
      setExportState('Image downloaded.');
    } catch (e) {
      setExportState(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <header className="topbar">
      <div className="brand">
        <h1>Regional Coordination Map</h1>
        <p className="tagline">Emergency communications · CISA regions, SCIP status, coordinators</p>
      </div>
      {meta.data?.sample !== false ? (
        <span className="sample-badge" title="Fictional people, phones, emails and statuses">
          Sample data
        </span>
      ) : null}
      <FindCoordinator />
      <div className="toolbar" role="group" aria-label="View options">
        <label className="field">
          <span>Layer</span>
          <select value={url.layer} onChange={(e) => navigate({ layer: e.target.value as LayerId, filter: null })}>
            {LAYER_IDS.map((id) => (
              <option key={id} value={id}>
                {LAYER_TITLES[id]}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label="Show as">
          <button type="button" aria-pressed={url.view === 'map'} disabled={!webglAvailable} onClick={() => navigate({ view: 'map' })}>
            Map
          </button>
          <button type="button" aria-pressed={url.view === 'table'} onClick={() => navigate({ view: 'table' })}>
            Table
          </button>
        </div>
        <button type="button" onClick={() => void exportPng()} disabled={!webglAvailable || url.view === 'table'}>
          Export PNG
        </button>
        <a className="button-link" href={`?mode=wall${url.layer !== 'region' ? `&layer=${url.layer}` : ''}`}>
          Wall display
        </a>
        <span className="visually-hidden" aria-live="polite">
          {exportState}
        </span>
      </div>
    </header>
  );
}
