import type { CSSProperties } from 'react';
import { tourPosition, type TourState } from '../data/tour';

export interface TourProgressProps {
  state: TourState;
  label: string;
  cycleSeconds: number;
  /** false: the bar shows the place in the tour instead of a moving dwell timer */
  motion: boolean;
}

/**
 * Where the tour is, in words and as a bar. With motion the bar fills over the dwell time
 * (a CSS animation restarted per dwell by its key — no JS timer, no re-render per frame);
 * with reduced motion it stands still and shows the share of the tour already shown.
 */
export function TourProgress({ state, label, cycleSeconds, motion }: TourProgressProps) {
  const animated = motion && !state.paused;
  const style = (animated
    ? { animationDuration: `${cycleSeconds}s` }
    : { transform: `scaleX(${tourPosition(state)})` }) as CSSProperties;
  return (
    <div className="wall-progress">
      <p className="wall-progress-label" data-testid="tour-label">
        {label}
      </p>
      {state.paused ? (
        <p className="wall-paused" data-testid="paused">
          Paused · Space to resume
        </p>
      ) : null}
      <div className="wall-progress-track" aria-hidden="true">
        <span key={state.run} className={animated ? 'wall-progress-bar is-running' : 'wall-progress-bar'} style={style} />
      </div>
    </div>
  );
}
