/**
 * `?mode=wall`: an unattended briefing screen that tours the national picture and each
 * region for days. URL options (parsed in src/app/url-params.ts): cycle (s per stop),
 * layer, regions (subset), refresh (min), theme, motion.
 */
import { useUrlState } from '../app/use-url-state';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { hasWebGL2 } from '../map/webgl';
import { ChangesPanel } from './ChangesPanel';
import { KpiBanner } from './KpiBanner';
import { NationalPanel } from './NationalPanel';
import { RegionPanel } from './RegionPanel';
import { StaleBadge } from './StaleBadge';
import { TourProgress } from './TourProgress';
import { WallControls } from './WallControls';
import { WallMap } from './WallMap';
import { useIdle } from './use-idle';
import { usePrefersReducedMotion } from '../app/use-reduced-motion';
import { useTour } from './use-tour';
import { useWallData } from './use-wall-data';
import { describeApiFailure } from '../api/errors';
import { useLiveUpdates } from '../api/events';
import './wall.css';

const CONTROLS_IDLE_MS = 3000;
const webglAvailable = typeof document !== 'undefined' && hasWebGL2();

export function WallApp() {
  const { url } = useUrlState();
  useLiveUpdates();
  const data = useWallData(url.refresh);
  const tour = useTour(url.regions, url.cycle);
  const idle = useIdle(CONTROLS_IDLE_MS);
  const reducedMotion = usePrefersReducedMotion();
  const motion = !reducedMotion && url.motion !== 'off';
  const { stop } = tour;
  const ready = data.meta !== undefined && data.summaries !== undefined;

  return (
    <div className={`wall theme-${url.theme}${idle ? ' is-idle' : ''}`} data-testid="wall" data-stop={String(stop)}>
      <header className="wall-header">
        <h1 className="wall-title">SCIP status briefing</h1>
        <StaleBadge asOf={data.meta?.asOf ?? null} staleSince={ready ? data.staleSince : null} sample={data.meta?.sample ?? false} />
      </header>
      {ready ? (
        <KpiBanner summaries={data.summaries ?? []} asOf={data.meta?.asOf ?? ''} />
      ) : (
        <div className="wall-waiting" role="status">
          {data.error ? `Waiting for data: ${describeApiFailure(data.error)}` : 'Loading data…'}
        </div>
      )}
      <main className="wall-main">
        <div className="wall-map">
          {webglAvailable ? (
            <ErrorBoundary label="The map">
              <WallMap stop={stop} layer={url.layer} summaries={data.summaries} theme={url.theme} motion={motion} />
            </ErrorBoundary>
          ) : (
            <p className="wall-no-map">This display cannot draw the map (no WebGL 2); the panels still update.</p>
          )}
        </div>
        <div className="wall-panel">
          {!ready ? null : stop === 'national' ? (
            <NationalPanel summaries={data.summaries ?? []} asOf={data.meta?.asOf ?? ''} />
          ) : (
            <RegionPanel regionId={stop} summaries={data.summaries ?? []} regions={data.regions} />
          )}
        </div>
      </main>
      <footer className="wall-footer">
        <TourProgress state={tour.state} label={tour.label} cycleSeconds={url.cycle} motion={motion} />
        {ready ? <ChangesPanel changes={data.changes} since={data.changesSince} stop={stop} /> : null}
      </footer>
      <WallControls paused={tour.state.paused} idle={idle} dispatch={tour.dispatch} />
    </div>
  );
}
