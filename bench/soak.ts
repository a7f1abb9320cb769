/**
 * Soak measurement for the wall display: does a tour that runs for days grow the heap or
 * the DOM? Drives the tour fast through `window.__wall.next()` (the wall's test hook) on a
 * page already at `?mode=wall&cycle=1&motion=off`, refreshes the data every `refreshEvery`
 * cycles through `window.__wallRefresh()` (as its timer would), and at each checkpoint
 * forces a GC (Chromium launched with --js-flags=--expose-gc) and reads the JS heap and
 * the number of elements.
 *
 *   const rows = await measureSoak(page, { cycles: [100, 200, …, 2000], refreshEvery: 50 });
 *   heapPerCycleKB(rows, 100)   // least-squares slope of heap after GC from cycle 100 on
 *
 * One cycle = one move to the next stop, followed by two animation frames so React has
 * committed and MapLibre has drawn that stop before the next move.
 */
import type { Page } from '@playwright/test';

export interface SoakSample {
  cycle: number;
  heapMB: number;
  domNodes: number;
  /** the tour stop sampled: always "National overview" (DOM size depends on the stop) */
  stop: string;
}

/** moves per page.evaluate round trip: fast, but each still waits for its frames */
const BATCH = 25;

async function advance(page: Page, moves: number): Promise<void> {
  // No named functions inside evaluate: tsx/esbuild would wrap them in a `__name` helper
  // that does not exist in the page.
  await page.evaluate(async (n) => {
    const wall = window.__wall;
    if (!wall) throw new Error('window.__wall is missing: is the page at ?mode=wall?');
    for (let i = 0; i < n; i++) {
      wall.next();
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    }
  }, moves);
}

async function refresh(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (!window.__wallRefresh) throw new Error('window.__wallRefresh is missing: is the page at ?mode=wall?');
    await window.__wallRefresh();
  });
}

/** JS heap after two forced GCs, in MB. */
export async function heapAfterGcMB(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const gc = (window as unknown as { gc?: () => void }).gc;
    if (!gc) throw new Error('window.gc is missing: launch Chromium with --js-flags=--expose-gc');
    // Two passes with a pause between: the first frees, the second collects what the first released.
    gc();
    await new Promise((r) => setTimeout(r, 200));
    gc();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    if (!memory) throw new Error('performance.memory is unavailable (Chromium only)');
    return Math.round((memory.usedJSHeapSize / 2 ** 20) * 1000) / 1000;
  });
}

/**
 * Samples on the national frame every time (Home first), so the element counts compare like
 * with like: each region shows a different number of rows. The tour is paused meanwhile, so
 * its own 1 s timer cannot move it on a slow machine (the paused badge is the same
 * element at every sample).
 */
async function sample(page: Page, cycle: number): Promise<SoakSample> {
  await page.evaluate(async () => {
    window.__wall?.togglePause();
    window.__wall?.home();
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
  const heapMB = await heapAfterGcMB(page);
  const { domNodes, stop } = await page.evaluate(() => {
    const counted = { domNodes: document.getElementsByTagName('*').length, stop: window.__wall?.label() ?? '' };
    window.__wall?.togglePause();
    return counted;
  });
  return { cycle, heapMB, domNodes, stop };
}

export interface SoakPlan {
  /** checkpoints (cycle counts) at which to sample */
  cycles: number[];
  /** refresh the data every this many cycles (0 = never) */
  refreshEvery?: number;
  /** called after each checkpoint (progress for long runs) */
  onSample?: (sample: SoakSample) => void;
}

export async function measureSoak(page: Page, { cycles, refreshEvery = 0, onSample }: SoakPlan): Promise<SoakSample[]> {
  await page.waitForFunction(() => window.__wall !== undefined, undefined, { timeout: 30_000 });
  const targets = [...new Set(cycles)].filter((c) => c >= 0).sort((a, b) => a - b);
  const out: SoakSample[] = [];
  let done = 0;
  for (const target of targets) {
    while (done < target) {
      const toRefresh = refreshEvery > 0 ? refreshEvery - (done % refreshEvery) : Infinity;
      const n = Math.min(BATCH, target - done, toRefresh);
      await advance(page, n);
      done += n;
      if (refreshEvery > 0 && done % refreshEvery === 0) await refresh(page);
    }
    const s = await sample(page, target);
    onSample?.(s);
    out.push(s);
  }
  return out;
}

/** Least-squares slope of heap after GC over the samples from cycle `from` on, in kB (1000 bytes) per cycle. */
export function heapPerCycleKB(samples: readonly SoakSample[], from: number): number {
  const pts = samples.filter((s) => s.cycle >= from);
  if (pts.length < 2) throw new Error(`need at least two samples from cycle ${from}, got ${pts.length}`);
  const mx = pts.reduce((a, s) => a + s.cycle, 0) / pts.length;
  const my = pts.reduce((a, s) => a + s.heapMB, 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const s of pts) {
    num += (s.cycle - mx) * (s.heapMB - my);
    den += (s.cycle - mx) ** 2;
  }
  return ((num / den) * 2 ** 20) / 1000;
}
