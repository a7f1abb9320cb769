/**
 * Drives the pure tour (src/data/tour.ts) with one timer and the keyboard (WCAG 2.2.2:
 * Space pauses and resumes, ←/→ move, Home returns to the national frame).
 *
 * Days of uptime: exactly one timeout exists at a time (each dwell clears the last), the
 * window listener is added once and removed on unmount, and the tour position lives in
 * component state, not in the URL, so history does not grow by one entry per stop.
 */
import { useEffect, useMemo, useReducer, useState } from 'react';
import {
  currentStop,
  initialTourState,
  tourLabel,
  tourReducer,
  type TourAction,
  type TourState,
  type TourStop,
} from '../data/tour';

export interface WallTestHook {
  next(): void;
  prev(): void;
  home(): void;
  togglePause(): void;
  /** the progress text on screen, e.g. "Region 4 of 10" */
  label(): string;
}

declare global {
  interface Window {
    /** the wall's controls for e2e tests and the soak benchmark */
    __wall?: WallTestHook;
  }
}

export interface Tour {
  state: TourState;
  stop: TourStop;
  label: string;
  dispatch: (action: TourAction) => void;
}

/** Keys typed into a control stay with that control. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const KEY_ACTIONS: Record<string, 'toggle-pause' | 'next' | 'prev' | 'home'> = {
  ' ': 'toggle-pause',
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'home',
};

export function useTour(regions: readonly number[] | null, cycleSeconds: number): Tour {
  const [state, dispatch] = useReducer(tourReducer, regions, initialTourState);
  // A new subset restarts the tour in place: remounting instead would rebuild the map
  // (and its WebGL context) for nothing.
  const subset = regions?.join(',') ?? '';
  const [tourSubset, setTourSubset] = useState(subset);
  if (tourSubset !== subset) {
    setTourSubset(subset);
    dispatch({ type: 'restart', regions });
  }
  const stop = currentStop(state);
  const label = tourLabel(stop, regions);

  // One dwell timer; re-armed whenever a dwell restarts (state.run), cleared when paused.
  useEffect(() => {
    if (state.paused) return undefined;
    const id = window.setTimeout(() => dispatch({ type: 'next' }), cycleSeconds * 1000);
    return () => window.clearTimeout(id);
  }, [state.run, state.paused, cycleSeconds]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const type = KEY_ACTIONS[e.key];
      if (!type) return;
      // Space on a focused button is that button's click, not a second pause toggle.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      // Captured on the window and stopped: on the wall these keys drive the tour, even when
      // the (focusable) map has focus and would otherwise use arrows to move its cursor.
      e.preventDefault();
      e.stopPropagation();
      dispatch({ type });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  const hook = useMemo<WallTestHook>(
    () => ({
      next: () => dispatch({ type: 'next' }),
      prev: () => dispatch({ type: 'prev' }),
      home: () => dispatch({ type: 'home' }),
      togglePause: () => dispatch({ type: 'toggle-pause' }),
      label: () => document.querySelector('[data-testid="tour-label"]')?.textContent ?? '',
    }),
    [],
  );
  useEffect(() => {
    window.__wall = hook;
    return () => {
      if (window.__wall === hook) delete window.__wall;
    };
  }, [hook]);

  return { state, stop, label, dispatch };
}
