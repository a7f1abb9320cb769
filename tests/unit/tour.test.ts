import { describe, expect, it } from 'vitest';
import {
  currentStop,
  initialTourState,
  nextStop,
  prevStop,
  tourLabel,
  tourPosition,
  tourReducer,
  tourStops,
  type TourAction,
  type TourState,
} from '../../src/data/tour';

type SimpleAction = Exclude<TourAction, { type: 'restart' }>['type'];
const run = (state: TourState, ...actions: SimpleAction[]): TourState =>
  actions.reduce((s, type) => tourReducer(s, { type }), state);

describe('tourStops', () => {
  it('starts with the national frame and visits all 10 regions in order', () => {
    expect(tourStops(null)).toEqual(['national', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('visits only the given subset, in the given order', () => {
    expect(tourStops([9, 1, 4])).toEqual(['national', 9, 1, 4]);
  });
  it('treats an empty subset as all regions', () => {
    expect(tourStops([])).toHaveLength(11);
  });
});

describe('nextStop / prevStop', () => {
  const stops = tourStops([1, 4, 9]);
  it('walks forward and wraps from the last region back to the national frame', () => {
    expect(nextStop(stops, 'national')).toBe(1);
    expect(nextStop(stops, 4)).toBe(9);
    expect(nextStop(stops, 9)).toBe('national');
  });
  it('walks backward and wraps from the national frame to the last region', () => {
    expect(prevStop(stops, 'national')).toBe(9);
    expect(prevStop(stops, 1)).toBe('national');
  });
  it('treats a stop outside the tour as the national frame', () => {
    expect(nextStop(stops, 7)).toBe(1);
  });
});

describe('tourLabel', () => {
  it('names the national frame', () => {
    expect(tourLabel('national', null)).toBe('National overview');
  });
  it('counts regions out of 10 on a full tour', () => {
    expect(tourLabel(4, null)).toBe('Region 4 of 10');
  });
  it('gives both the region number and its position on a subset tour', () => {
    expect(tourLabel(4, [1, 4, 9])).toBe('Region 4 (2 of 3)');
    expect(tourLabel(9, [1, 4, 9])).toBe('Region 9 (3 of 3)');
  });
});

describe('tourReducer', () => {
  it('advances through every stop and wraps, restarting the dwell each time', () => {
    const s0 = initialTourState([2, 5]);
    const s1 = run(s0, 'next');
    expect(currentStop(s1)).toBe(2);
    expect(s1.run).toBe(s0.run + 1);
    expect(currentStop(run(s0, 'next', 'next', 'next'))).toBe('national');
  });
  it('goes back from the national frame to the last region', () => {
    expect(currentStop(run(initialTourState(null), 'prev'))).toBe(10);
  });
  it('Home returns to the national frame', () => {
    expect(currentStop(run(initialTourState(null), 'next', 'next', 'home'))).toBe('national');
  });
  it('pauses and resumes; moving by hand keeps the tour paused', () => {
    const paused = run(initialTourState(null), 'toggle-pause');
    expect(paused.paused).toBe(true);
    const moved = run(paused, 'next');
    expect(moved.paused).toBe(true);
    expect(currentStop(moved)).toBe(1);
    expect(run(moved, 'toggle-pause').paused).toBe(false);
  });
  it('pause and resume are idempotent', () => {
    const paused = run(initialTourState(null), 'pause');
    expect(run(paused, 'pause')).toBe(paused);
    const playing = initialTourState(null);
    expect(run(playing, 'resume')).toBe(playing);
  });
  it('reports the share of the tour shown', () => {
    expect(tourPosition(initialTourState([1, 2]))).toBe(0);
    expect(tourPosition(run(initialTourState([1, 2]), 'next', 'next'))).toBe(1);
  });
});

describe('tourReducer restart', () => {
  it('a new subset starts over from the national frame, keeping pause, and restarts the dwell', () => {
    const s = run(initialTourState(null), 'next', 'next', 'pause');
    const r = tourReducer(s, { type: 'restart', regions: [7, 8] });
    expect(r.stops).toEqual(['national', 7, 8]);
    expect(currentStop(r)).toBe('national');
    expect(r.paused).toBe(true);
    expect(r.run).toBeGreaterThan(s.run);
  });
});
