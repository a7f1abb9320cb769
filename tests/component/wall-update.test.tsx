/**
 * A new deployment reaches the wall at a tour boundary, never mid-frame or while paused;
 * the dashboard's notice offers the reload instead.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { UpdateNotice } from '../../src/app/UpdateNotice';
import { WallApp } from '../../src/wall/WallApp';
import { announceUpdate } from '../../src/ui/app-update';

function renderWall() {
  window.history.replaceState(null, '', '/?mode=wall&cycle=600');
  return render(
    <Providers client={new QueryClient()}>
      <WallApp />
    </Providers>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('new version', () => {
  it('the wall applies it when the tour moves to the next stop, not before, and not while paused', async () => {
    renderWall();
    await waitFor(() => expect(document.querySelector('.wall-asof')).not.toBeNull());
    const apply = vi.fn();
    act(() => announceUpdate(apply));
    expect(apply).not.toHaveBeenCalled(); // mid-frame: wait
    fireEvent.keyDown(window, { key: ' ' }); // paused: someone is reading
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(apply).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('the dashboard says "A new version is available – Reload" and reloads only when asked', () => {
    const apply = vi.fn();
    render(<UpdateNotice />);
    act(() => announceUpdate(apply));
    expect(screen.getByRole('status').textContent).toBe('A new version is available –Reload');
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
