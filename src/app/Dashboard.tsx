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
import { useSearchPoints } from '../search/search-point';
import { useMeta } from '../api/queries';
import { useColorTheme } from '../ui/color-theme';
import { OfficialBanner, OfficialIdentifier } from '../ui/OfficialSite';
import { SvgMap } from '../map/svg/SvgMap';
import { useLiveUpdates } from '../api/events';

// The panels (with d3 charts) and the table are their own chunks: the map's JS parses first.
const DetailsPanel = lazy(() => import('../panels/DetailsPanel').then((m) => ({ default: m.DetailsPanel })));
const TableView = lazy(() => import('../table/TableView').then((m) => ({ default: m.TableView })));
const AdminScreen = lazy(() => import('../admin/AdminScreen').then((m) => ({ default: m.AdminScreen })));

const webglAvailable = typeof document !== 'undefined' && hasWebGL2();

export function Dashboard() {
  const { url, navigate } = useUrlState();
  useLiveUpdates();
  const { notices, dismiss } = useUrlNotices();
  const model = useMapModel(url.layer, url.filter);
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const searchPoints = useSearchPoints();
  const view = url.view;
  // the SVG picture stays on top until the WebGL map has drawn, then hands over in place
  const [webglDrawn, setWebglDrawn] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const theme = useColorTheme(url.theme);
  const sample = useMeta().data?.sample;

  // A region fits the map to it; a state only when zoomed to (?zoom=on), insets at their true location.
  const regionFocus = useRegionFocus(url.region);
  const stateFocus = useStateFocus(url.zoom ? url.state : null);
  const focus = regionFocus ?? stateFocus.focus;

  const onSelect = useCallback((code: string | null) => navigate({ state: code, region: null }), [navigate]);
  const onSelectRegion = useCallback((id: number) => navigate({ region: id, state: null }), [navigate]);

  const active = useMemo(() => new Set(url.filter ? url.filter.split(',') : []), [url.filter]);
  const toggleFilter = (key: string) => {
    const next = new Set(active);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    navigate({ filter: next.size ? [...next].join(',') : null });
  };

  // The WebGL map is reached by its MapProvider id, not by a ref threaded down.
  return (
    <MapProvider>
    <div className={`app theme-${theme}`}>
      <a className="skip-link" href="#details">
        Skip to details
      </a>
      <OfficialBanner sample={sample} />
      <Topbar legend={model.legend} theme={theme} />
      <Notices
        notices={webglAvailable ? notices : ['This browser has no WebGL 2: the map is drawn without zoom. The table view has the same data.', ...notices]}
        onDismiss={dismiss}
      />
      <DataStatus query={model.query} />
      <main className="workspace">
        <section className="map-area" aria-label={view === 'table' ? 'Table of jurisdictions' : view === 'map' ? 'Map' : 'Data administration'}>
          <div className="map-frame" hidden={view !== 'map'}>
            <div className="map-canvas-wrap">
              {webglAvailable ? (
                <ErrorBoundary label="The map">
                  <MapView
                    legend={model.legend}
                    theme={theme}
                    selected={url.state}
                    regionId={url.region}
                    visible={model.visible}
                    highlight={highlight}
                    focus={focus}
                    motion={!reducedMotion}
                    searchPoints={searchPoints}
                    describe={model.describe}
                    onSelect={onSelect}
                    onSelectRegion={onSelectRegion}
                    dataLoaded={model.query.isSuccess}
                    trueInsets={stateFocus.atTrueLocation}
                    onReady={() => setWebglDrawn(true)}
                  />
                </ErrorBoundary>
              ) : null}
              <ErrorBoundary label="The SVG map">
                <SvgMap
                  legend={model.legend}
                  visible={model.visible}
                  selected={url.state}
                  highlight={highlight}
                  describe={model.describe}
                  onSelect={onSelect}
                  standalone={!webglAvailable}
                  hidden={webglAvailable && webglDrawn}
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
          {view === 'table' ? (
            <ErrorBoundary label="The table">
              <Suspense fallback={<p className="page-loading">Loading the table…</p>}>
                <TableView model={model} />
              </Suspense>
            </ErrorBoundary>
          ) : null}
          {view === 'audit' || view === 'import' ? (
            <ErrorBoundary label="The administration screen">
              <Suspense fallback={<p className="page-loading">Loading…</p>}>
                <AdminScreen screen={view} />
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
      <OfficialIdentifier sample={sample} />
    </div>
    </MapProvider>
  );
}
