import type { TourAction } from '../data/tour';

export interface WallControlsProps {
  paused: boolean;
  /** hidden after the mouse has been idle; keyboard focus inside shows it again (CSS) */
  idle: boolean;
  dispatch: (action: TourAction) => void;
}

/** The small control bar a mouse move reveals; every button has a key too (Space, ←, →, Home). */
export function WallControls({ paused, idle, dispatch }: WallControlsProps) {
  return (
    <nav className={idle ? 'wall-controls is-hidden' : 'wall-controls'} aria-label="Tour controls">
      <button type="button" onClick={() => dispatch({ type: 'prev' })} aria-keyshortcuts="ArrowLeft">
        ← Previous
      </button>
      <button type="button" onClick={() => dispatch({ type: 'toggle-pause' })} aria-keyshortcuts="Space">
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">
        Next →
      </button>
      <button type="button" onClick={() => dispatch({ type: 'home' })} aria-keyshortcuts="Home">
        National
      </button>
    </nav>
  );
}
