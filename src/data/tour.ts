/**
 * The wall display's tour as a pure state machine: a national frame, then each region in
 * turn, forever. The timer and the keys live in src/wall; everything that decides *where*
 * the tour goes lives here so it can be tested without a clock.
 */
import { REGION_IDS } from './reference';

export type TourStop = 'national' | number;

export interface TourState {
  stops: readonly TourStop[];
  index: number;
  paused: boolean;
  /**
   * Bumped every time a dwell (re)starts — on every move and on resume — so the timer and
   * the progress bar restart together even when the stop itself is unchanged.
   */
  run: number;
}

export type TourAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'home' }
  | { type: 'toggle-pause' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** a new subset (the `regions` URL parameter changed): start over from the national frame */
  | { type: 'restart'; regions: readonly number[] | null };

/** `null` (no `regions` parameter) tours all 10 regions in order; a subset keeps its given order. */
export function tourStops(regions: readonly number[] | null): TourStop[] {
  const ids = regions && regions.length > 0 ? regions : REGION_IDS;
  return ['national', ...ids];
}

/** Index of `current` in `stops`; an unknown stop counts as the national frame (index 0). */
function indexOf(stops: readonly TourStop[], current: TourStop): number {
  const i = stops.indexOf(current);
  return i < 0 ? 0 : i;
}

export function nextStop(stops: readonly TourStop[], current: TourStop): TourStop {
  if (stops.length === 0) return 'national';
  return stops[(indexOf(stops, current) + 1) % stops.length] ?? 'national';
}

export function prevStop(stops: readonly TourStop[], current: TourStop): TourStop {
  if (stops.length === 0) return 'national';
  return stops[(indexOf(stops, current) - 1 + stops.length) % stops.length] ?? 'national';
}

/**
 * What the progress indicator says. A full tour reads "Region 4 of 10" (the region number
 * is also its position); a subset tour must name both, "Region 4 (2 of 3)", because
 * "Region 4 of 3" would be nonsense.
 */
export function tourLabel(stop: TourStop, regions: readonly number[] | null): string {
  if (stop === 'national') return 'National overview';
  if (!regions || regions.length === 0) return `Region ${stop} of ${REGION_IDS.length}`;
  const position = regions.indexOf(stop);
  return position < 0 ? `Region ${stop}` : `Region ${stop} (${position + 1} of ${regions.length})`;
}

export function initialTourState(regions: readonly number[] | null): TourState {
  return { stops: tourStops(regions), index: 0, paused: false, run: 0 };
}

export function currentStop(state: TourState): TourStop {
  return state.stops[state.index] ?? 'national';
}

/** Moving by hand does not resume a paused tour: the viewer who paused is reading something. */
export function tourReducer(state: TourState, action: TourAction): TourState {
  const n = state.stops.length;
  const moveTo = (index: number): TourState => ({ ...state, index, run: state.run + 1 });
  switch (action.type) {
    case 'next':
      return n === 0 ? state : moveTo((state.index + 1) % n);
    case 'prev':
      return n === 0 ? state : moveTo((state.index - 1 + n) % n);
    case 'home':
      return moveTo(0);
    case 'toggle-pause':
      return { ...state, paused: !state.paused, run: state.run + 1 };
    case 'pause':
      return state.paused ? state : { ...state, paused: true, run: state.run + 1 };
    case 'resume':
      return state.paused ? { ...state, paused: false, run: state.run + 1 } : state;
    case 'restart':
      return { ...initialTourState(action.regions), paused: state.paused, run: state.run + 1 };
  }
}

/** Share (0–1) of the tour already shown, for a motion-free progress bar. */
export function tourPosition(state: TourState): number {
  return state.stops.length <= 1 ? 1 : state.index / (state.stops.length - 1);
}
