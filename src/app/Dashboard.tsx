import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { MapProvider } from 'react-map-gl/maplibre';
import { useUrlState } from '../url/use-url-state';
import { useUrlNotices } from '../url/use-url-notices';
import { useMapModel } from '../data/use-map-model';
import { Notices } from '../ui/Notices';
import { usePrefersReducedMotion } from '../ui/use-reduced-motion';
import { Topbar } from './Topbar';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DataStatus } from './DataStatus';
import { MapView } from '../map/MapView';
import { Legend } from '../map/Legend';
import { useRegionFocus, useStateFocus } from '../geo/use-geo';
import { hasWebGL2 } from '../ui/webgl';
import { useSearchPoint } from '../search/search-point';

// The panels (with d3 charts) and the table are their own chunks: the map's JS parses first.
const DetailsPanel = lazy(() => import('../panels/DetailsPanel').then((m) => ({ default: m.DetailsPanel })));
const TableView = lazy(() => import('../table/TableView').then((m) => ({ default: m.TableView })));

const webglAvailable = typeof document !== 'undefined' && hasWebGL2();

export function Dashboard() {
  const { url, navigate } = useUrlState();
  const { notices, dismiss } = useUrlNotices();
  const model = useMapModel(url.layer, url.filter);
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const searchPoint = useSearchPoint();
  const view = webglAvailable ? url.view : 'table';
  const reducedMotion = usePrefersReducedMotion();

  // A region fits the map to it; a state only when zoomed to (?zoom=on), insets at their true location.
  const regionFocus = useRegionFocus(url.region);
  const stateFocus = useStateFocus(url.zoom ? url.state : null);
  const focus = regionFocus ?? stateFocus.focus;

  const onSelect = useCallback(
    (code: string | null) => navigate({ state: code, region: null }),
    [navigate],
  );
  const onSelectRegion = useCallback((id: number) => navigate({ region: id, state: null }), [navigate]);

  const active = useMemo(() => new Set(url.filter ? url.filter.split(',') : []), [url.filter]);
  const toggleFilter = (key: string) => {
    const next = new Set(active);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    navigate({ filter: next.size ? [...next].join(',') : null });
  };

  // The map is reached by its id (the PNG export in the topbar), not by a ref threaded down.
  return (
    <MapProvider>
    <div className="app theme-light">
      <a className="skip-link" href="#details">
        Skip to details
      </a>
      <Topbar legend={model.legend} webglAvailable={webglAvailable} />
      <Notices
        notices={webglAvailable ? notices : ['This browser cannot draw the map (no WebGL 2), so the table view is shown.', ...notices]}
        onDismiss={dismiss}
      />
      <DataStatus query={model.query} />
      <main className="workspace">
        <section className="map-area" aria-label={view === 'table' ? 'Table of jurisdictions' : 'Map'}>
          {webglAvailable ? (
            <div className="map-frame" hidden={view === 'table'}>
              <div className="map-canvas-wrap">
                <ErrorBoundary label="The map">
                <MapView
                  legend={model.legend}
                  theme="light"
                  selected={url.state}
                  regionId={url.region}
                  visible={model.visible}
                  highlight={highlight}
                  focus={focus}
                  motion={!reducedMotion}
                  searchPoint={searchPoint}
                  describe={model.describe}
                  onSelect={onSelect}
                  onSelectRegion={onSelectRegion}
                  dataLoaded={model.query.isSuccess}
                  trueInsets={stateFocus.atTrueLocation}
                />
                </ErrorBoundary>
              </div>
              <Legend
                legend={model.legend}
                active={active}
                onHighlight={setHighlight}
                onToggle={toggleFilter}
                onClear={() => navigate({ filter: null })}
              />
            </div>
          ) : null}
          {view === 'table' ? (
            <ErrorBoundary label="The table">
              <Suspense fallback={<p className="page-loading">Loading the table…</p>}>
                <TableView model={model} />
              </Suspense>
            </ErrorBoundary>
          ) : null}
        </section>
        <aside id="details" className="details" aria-label="Details" tabIndex={-1}>
          <ErrorBoundary label="The details panel">
            <Suspense fallback={<p className="page-loading" aria-busy="true">Loading details…</p>}>
              <DetailsPanel />
            </Suspense>
          </ErrorBoundary>
        </aside>
      </main>
    </div>
    </MapProvider>
  );
}
