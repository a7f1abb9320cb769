/**
 * `?mode=wall`: an unattended briefing screen that tours the national picture and each
 * region for days. URL options (parsed in src/url/url-params.ts): cycle (s per stop),
 * layer, regions (subset), refresh (min), theme, motion.
 */
import { useUrlState } from '../url/use-url-state';
import { useUrlNotices } from '../url/use-url-notices';
import { Notices } from '../ui/Notices';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { hasWebGL2 } from '../ui/webgl';
import { ChangesPanel } from './ChangesPanel';
import { KpiBanner } from './KpiBanner';
import { NationalPanel } from './NationalPanel';
import { RegionPanel } from './RegionPanel';
import { FeedErrors } from './FeedErrors';
import { StaleBadge } from './StaleBadge';
import { TourProgress } from './TourProgress';
import { WallControls } from './WallControls';
import { WallMap } from './WallMap';
import { useIdle } from './use-idle';
import { usePrefersReducedMotion } from '../ui/use-reduced-motion';
import { useTour } from './use-tour';
import { useUpdateAtBoundary } from './use-update-at-boundary';
import { useWakeLock } from './use-wake-lock';
import { useWallData } from './use-wall-data';
import { useLiveUpdates } from '../api/events';
import './wall.css';
import './wall-notices.css';

const CONTROLS_IDLE_MS = 3000;
const webglAvailable = typeof document !== 'undefined' && hasWebGL2();

export function WallApp() {
  const { url } = useUrlState();
  // Bad parameters fall back with a notice, as on the dashboard.
  const { notices, dismiss } = useUrlNotices();
  useLiveUpdates();
  const data = useWallData(url.refresh);
  const tour = useTour(url.regions, url.cycle);
  const idle = useIdle(CONTROLS_IDLE_MS);
  const reducedMotion = usePrefersReducedMotion();
  const motion = !reducedMotion && url.motion !== 'off';
  const { stop } = tour;
  const theme = url.theme ?? 'dark';
  useWakeLock();
  useUpdateAtBoundary(tour.state.index, tour.state.paused);
  // The jurisdictions are what the wall shows; a missing /meta or /regions only loses its part.
  const ready = data.summaries !== undefined;
  // "Next 30 days" counts from the dataset's date; without /meta, from when the data was fetched.
  const asOf = data.meta?.asOf ?? (data.checkedAt !== null ? new Date(data.checkedAt).toISOString() : '');

  return (
    <div className={`wall theme-${theme}${idle ? ' is-idle' : ''}`} data-testid="wall" data-stop={String(stop)}>
      <header className="wall-header">
        <h1 className="wall-title">SCIP status briefing</h1>
        <StaleBadge
          asOf={data.meta?.asOf ?? null}
          checkedAt={data.checkedAt}
          freshness={ready ? data.freshness : { state: 'fresh' }}
          sample={data.meta?.sample ?? false}
        />
      </header>
      {notices.length ? (
        <div className="wall-notices">
          <Notices notices={notices} onDismiss={dismiss} />
        </div>
      ) : null}
      {ready ? (
        <KpiBanner summaries={data.summaries ?? []} asOf={asOf} />
      ) : (
        <div className="wall-waiting" role="status">
          {data.failures.length ? 'Waiting for data: the jurisdiction statuses could not be loaded yet.' : 'Loading data…'}
        </div>
      )}
      <FeedErrors failures={data.failures} />
      <main className="wall-main">
        <div className="wall-map">
          {webglAvailable ? (
            <ErrorBoundary label="The map">
              <WallMap stop={stop} layer={url.layer} summaries={data.summaries} theme={theme} motion={motion} />
            </ErrorBoundary>
          ) : (
            <p className="wall-no-map">This display cannot draw the map (no WebGL 2); the panels still update.</p>
          )}
        </div>
        <div className="wall-panel">
          {!ready ? null : stop === 'national' ? (
            <NationalPanel summaries={data.summaries ?? []} asOf={asOf} />
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
