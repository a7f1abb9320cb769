import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createForegroundGate } from '../../src/search/foreground-gate';

const QUIET = 300;
/** Settles pending promise callbacks (the gate's pause is a resolved promise here). */
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function tracked(p: Promise<void>) {
  const state = { done: false };
  void p.then(() => (state.done = true));
  return state;
}

describe('foreground gate: background loads wait for the user', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const gate = () => createForegroundGate(() => Promise.resolve(), QUIET);

  it('lets background work run at once when nobody is typing or waiting', async () => {
    const g = gate();
    const bg = tracked(g.after());
    await flush();
    expect(bg.done).toBe(true);
  });

  it('waits for a pause in typing (focus counts as the start)', async () => {
    const g = gate();
    g.focused();
    const bg = tracked(g.after());
    vi.advanceTimersByTime(QUIET - 50);
    g.typed(false); // another key: the pause starts again
    vi.advanceTimersByTime(QUIET - 50);
    await flush();
    expect(bg.done).toBe(false);
    vi.advanceTimersByTime(50);
    await flush();
    expect(bg.done).toBe(true);
  });

  it('waits while a ZIP is half typed, however long the pause', async () => {
    const g = gate();
    g.typed(true);
    g.focused(); // focus does not forget the digits
    const bg = tracked(g.after());
    vi.advanceTimersByTime(10 * QUIET);
    await flush();
    expect(bg.done).toBe(false);
    g.typed(false); // the ZIP is complete (or the text is not a ZIP)
    vi.advanceTimersByTime(QUIET);
    await flush();
    expect(bg.done).toBe(true);
  });

  it('waits for a ZIP shard on its way; urgent work waits for that only', async () => {
    const g = gate();
    let release = () => {};
    const load = g.hold(() => new Promise<void>((resolve) => (release = resolve)));
    g.typed(false);
    const bg = tracked(g.after());
    let urgentNow = false;
    const urgent = tracked(g.after(() => urgentNow));
    await flush();
    expect([bg.done, urgent.done]).toEqual([false, false]);
    urgentNow = true;
    g.recheck();
    await flush();
    expect(urgent.done).toBe(false); // still behind the shard
    release();
    await load;
    await flush();
    expect([bg.done, urgent.done]).toEqual([false, true]);
    vi.advanceTimersByTime(QUIET);
    await flush();
    expect(bg.done).toBe(true);
  });
});
