/**
 * The wall as a whole in jsdom (no WebGL, so no map): data, freshness, persistence and
 * keyboard. The mock API is the msw node server from setup.ts.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { setMockFaults } from '../../mocks/faults';
import { Providers } from '../../src/app/Providers';
import { createQueryClient } from '../../src/api/query-client';
import { WallApp } from '../../src/wall/WallApp';
import { apiKeys } from '../../src/api/queries';
import { PREVIOUS_KEY, SNAPSHOT_KEY, STALE_SINCE_KEY } from '../../src/wall/snapshot-store';

const V0 = datasetFor(0);
const V1 = datasetFor(1);
// A failing refresh is retried twice (1 s, 2 s) before the wall calls its data stale.
const FAILURE = { timeout: 10_000 };

function renderWall(search = '?mode=wall&cycle=600') {
  window.history.replaceState(null, '', `/${search}`);
  // the app's own client: its retry policy is what the wall's freshness story depends on
  const client = createQueryClient();
  const utils = render(
    <Providers client={client}>
      <WallApp />
    </Providers>,
  );
  return { client, ...utils };
}

/** "Data as of <time>" is split by its <time> element: read the whole line. */
const asOf = () => screen.queryByText((_, el) => el?.classList.contains('wall-asof') ?? false)?.textContent ?? null;
const waitForAsOf = (day: string) => waitFor(() => expect(asOf()).toContain(`Data as of ${day}`));
const overdueValue = () => document.querySelector('[data-kpi="overdue"] .wall-kpi-value')?.textContent;
const label = () => screen.getByTestId('tour-label').textContent;
const snapshotOf = (ds: typeof V0, savedAt = '2026-11-20T15:00:00Z') =>
  JSON.stringify({ savedAt, meta: ds.meta, regions: ds.regions, summaries: ds.summaries });

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('WallApp', () => {
  it('shows the KPIs and the data date, and persists the snapshot it showed', async () => {
    renderWall();
    await waitForAsOf('Nov 20, 2026');
    expect(overdueValue()).toBe(String(V0.summaries.filter((s) => s.scip.status === 'overdue').length));
    await waitFor(() => expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull());
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY)!).meta.version).toBe(V0.meta.version);
    expect(screen.getByText(/Changes since last briefing/)).toBeTruthy();
    expect(screen.getByText(/None recorded yet/)).toBeTruthy();
  });

  it('saves the snapshot once per refresh, when all three answers are in', async () => {
    const { client } = renderWall();
    await waitFor(() => expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull());
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      const saves = () => setItem.mock.calls.filter(([key]) => key === SNAPSHOT_KEY).length;
      // The three answers of a refresh arrive one after another, in any order.
      for (const queryKey of [apiKeys.jurisdictions(), apiKeys.regions(), apiKeys.meta()]) {
        await act(() => client.refetchQueries({ queryKey }));
      }
      await waitFor(() => expect(saves()).toBe(1));
      await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(saves()).toBe(1);
    } finally {
      setItem.mockRestore();
    }
  });

  it('keeps the last good data under a "Stale: API error since" badge while refreshes fail, then recovers by itself', async () => {
    const { client } = renderWall();
    await waitForAsOf('Nov 20, 2026');
    setMockFaults({ fail: 'all' });
    await act(() => client.refetchQueries({ type: 'active' }).catch(() => undefined));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Stale: API error since .+, retrying$/), FAILURE);
    expect(asOf()).toContain('Nov 20, 2026');
    expect(overdueValue()).toBe('7');

    setMockFaults({});
    await act(() => client.refetchQueries({ type: 'active' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  }, 20_000);

  it('after a reload with the API down, shows the persisted snapshot with its own date', async () => {
    localStorage.setItem(SNAPSHOT_KEY, snapshotOf(V1));
    setMockFaults({ fail: 'all' });
    renderWall();
    expect(asOf()).toContain('Nov 21, 2026'); // first paint, before any request answers
    await waitFor(() => expect(screen.getByText(/^Stale: API error since/)).toBeTruthy(), FAILURE);
    expect(asOf()).toContain('Nov 21, 2026');
  }, 20_000);

  it('after a reload during an outage, still dates the error from the first failure before the reload', async () => {
    localStorage.setItem(SNAPSHOT_KEY, snapshotOf(V1));
    const firstFailure = Date.parse('2026-11-21T03:15:00Z');
    localStorage.setItem(STALE_SINCE_KEY, String(firstFailure));
    setMockFaults({ fail: 'all' });
    renderWall();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Stale: API error since Nov 21, 2026, 03:15 AM UTC, retrying$/), FAILURE);
    expect(localStorage.getItem(STALE_SINCE_KEY)).toBe(String(firstFailure));
  }, 20_000);

  it('forgets the stored failure time once a refresh succeeds, and stores a new one when refreshes fail', async () => {
    localStorage.setItem(SNAPSHOT_KEY, snapshotOf(V0));
    localStorage.setItem(STALE_SINCE_KEY, String(Date.parse('2026-11-21T03:15:00Z')));
    const { client } = renderWall();
    await waitFor(() => expect(localStorage.getItem(STALE_SINCE_KEY)).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('');

    const before = Date.now();
    setMockFaults({ fail: 'all' });
    await act(() => client.refetchQueries({ type: 'active' }).catch(() => undefined));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Stale: API error since/), FAILURE);
    // The new outage is dated now, not from the forgotten one.
    expect(Number(localStorage.getItem(STALE_SINCE_KEY))).toBeGreaterThanOrEqual(before);
  }, 20_000);

  it('ignores a corrupted snapshot (and removes it) instead of showing it', async () => {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ savedAt: '2026-11-20T15:00:00Z', meta: { asOf: 'yesterday' } }));
    setMockFaults({ fail: 'all' });
    renderWall();
    expect(asOf()).toBeNull();
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    await waitFor(() => expect(screen.getByText(/Waiting for data/)).toBeTruthy(), FAILURE);
  }, 20_000);

  it('lists the changes from the previous data version once a newer one arrives', async () => {
    localStorage.setItem(SNAPSHOT_KEY, snapshotOf(V0));
    setMockFaults({ version: 1 });
    renderWall();
    await waitForAsOf('Nov 21, 2026');
    const changes = await screen.findByRole('region', { name: /Changes since last briefing/ });
    await waitFor(() => expect(changes.textContent).toContain('Missouri: Overdue → Current'));
    expect(JSON.parse(localStorage.getItem(PREVIOUS_KEY)!).meta.version).toBe(V0.meta.version);
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY)!).meta.version).toBe(V1.meta.version);
  });

});

describe('WallApp keys, controls and URL', () => {
  it('Space pauses with a visible indicator, arrows and Home move, and unmounting removes the keys', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderWall('?mode=wall&cycle=600&regions=1,4,9');
    await waitFor(() => expect(asOf()).not.toBeNull());
    expect(label()).toBe('National overview');
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByTestId('paused').textContent).toMatch(/Paused/);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(label()).toBe('Region 4 (2 of 3)');
    expect(screen.getByRole('heading', { level: 2, name: /Region 4/ })).toBeTruthy();
    expect(screen.getByTestId('paused')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(label()).toBe('Region 1 (1 of 3)');
    fireEvent.keyDown(window, { key: 'Home' });
    expect(label()).toBe('National overview');
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.queryByTestId('paused')).toBeNull();
    expect(window.__wall).toBeDefined();
    const keyListeners = added.mock.calls.filter(([type]) => type === 'keydown').map(([, listener]) => listener);
    expect(keyListeners.length).toBeGreaterThan(0);
    unmount();
    expect(window.__wall).toBeUndefined();
    // Every key listener the wall added is gone again (a leaked one would keep driving a dead tour).
    const removedListeners = new Set(removed.mock.calls.filter(([type]) => type === 'keydown').map(([, listener]) => listener));
    expect(keyListeners.filter((l) => !removedListeners.has(l))).toEqual([]);
    added.mockRestore();
    removed.mockRestore();
  });

  it('the control bar appears on mouse movement and its buttons drive the tour', async () => {
    renderWall('?mode=wall&cycle=600');
    await waitFor(() => expect(asOf()).not.toBeNull());
    const bar = screen.getByRole('navigation', { name: 'Tour controls' });
    expect(bar.className).toContain('is-hidden');
    fireEvent.mouseMove(window);
    expect(bar.className).not.toContain('is-hidden');
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(label()).toBe('Region 1 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getByTestId('paused')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'National' }));
    expect(label()).toBe('National overview');
  });

  it('bad parameters fall back with a notice on the wall, quoting only the start of a long value', async () => {
    renderWall(`?mode=wall&cycle=-5&refresh=-1&regions=0,11&theme=javascript:${'x'.repeat(8000)}`);
    const items = await screen.findAllByText(/^Ignored /);
    expect(items.map((li) => li.textContent?.match(/^Ignored (\w+)=/)?.[1])).toEqual(['cycle', 'regions', 'refresh', 'theme']);
    expect(items.every((li) => (li.textContent ?? '').length < 200)).toBe(true);
    expect(label()).toBe('National overview');
    // the tour runs on the defaults meanwhile (20 s a stop, all ten regions)
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(label()).toBe('Region 1 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/^Ignored /)).toBeNull();
  });

  it('a new regions subset in the URL restarts the tour in place', async () => {
    renderWall('?mode=wall&cycle=600');
    await waitFor(() => expect(asOf()).not.toBeNull());
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(label()).toBe('Region 1 of 10');
    act(() => {
      window.history.pushState(null, '', '/?mode=wall&cycle=600&regions=5,6');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(label()).toBe('National overview');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(label()).toBe('Region 5 (1 of 2)');
  });
});
