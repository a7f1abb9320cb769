import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initialTourState, tourReducer } from '../../src/data/tour';
import { TourProgress } from '../../src/wall/TourProgress';

const bar = () => document.querySelector<HTMLElement>('.wall-progress-bar')!;

describe('TourProgress', () => {
  it('with motion, the bar fills over the dwell time and restarts with each dwell', () => {
    const s0 = initialTourState(null);
    const { rerender } = render(<TourProgress state={s0} label="National overview" cycleSeconds={20} motion />);
    expect(screen.getByTestId('tour-label').textContent).toBe('National overview');
    const first = bar();
    expect(first.classList.contains('is-running')).toBe(true);
    expect(first.style.animationDuration).toBe('20s');
    rerender(<TourProgress state={tourReducer(s0, { type: 'next' })} label="Region 1 of 10" cycleSeconds={20} motion />);
    expect(bar()).not.toBe(first); // a new element: the CSS animation starts from zero
  });

  it('with reduced motion, the bar stands still and shows the share of the tour shown', () => {
    let s = initialTourState([1, 2, 3, 4]);
    s = tourReducer(tourReducer(s, { type: 'next' }), { type: 'next' });
    render(<TourProgress state={s} label="Region 2 (2 of 4)" cycleSeconds={20} motion={false} />);
    expect(bar().classList.contains('is-running')).toBe(false);
    expect(bar().style.transform).toBe('scaleX(0.5)');
  });

  it('paused: says so in words and stops the bar', () => {
    const s = tourReducer(initialTourState(null), { type: 'pause' });
    render(<TourProgress state={s} label="National overview" cycleSeconds={20} motion />);
    expect(screen.getByTestId('paused').textContent).toBe('Paused · Space to resume');
    expect(bar().classList.contains('is-running')).toBe(false);
  });
});
