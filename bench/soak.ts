/**
 * Soak measurement for the wall display: does a tour that runs for days grow the heap or
 * the DOM? Drives the tour fast through `window.__wall.next()` (the wall's test hook) on a
 * page already at `?mode=wall&cycle=1&motion=off`, and at each requested cycle count forces
 * a GC (Chromium launched with --js-flags=--expose-gc) and reads the JS heap and the
 * number of elements.
 *
 *   const rows = await measureSoak(page, { cycles: [50, 100, 500] });
 *   // heap growth 50 → 500 should stay under 10 %, the DOM flat (every sample is taken on
 *   // the national frame, so element counts compare like with like)
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

/**
 * Samples on the national frame every time (Home first), so the element counts compare like
 * with like: each region shows a different number of rows. Home restarts the dwell, and the
 * sample takes well under the 1 s cycle, so the tour's own timer cannot move it meanwhile.
 */
async function sample(page: Page, cycle: number): Promise<SoakSample> {
  return page.evaluate(async (c) => {
    const gc = (window as unknown as { gc?: () => void }).gc;
    if (!gc) throw new Error('window.gc is missing: launch Chromium with --js-flags=--expose-gc');
    window.__wall?.home();
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    // Two passes with a pause between: the first frees, the second collects what the first released.
    gc();
    await new Promise((r) => setTimeout(r, 200));
    gc();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    if (!memory) throw new Error('performance.memory is unavailable (Chromium only)');
    return {
      cycle: c,
      heapMB: Math.round((memory.usedJSHeapSize / 2 ** 20) * 100) / 100,
      domNodes: document.getElementsByTagName('*').length,
      stop: window.__wall?.label() ?? '',
    };
  }, cycle);
}

export async function measureSoak(page: Page, { cycles }: { cycles: number[] }): Promise<SoakSample[]> {
  await page.waitForFunction(() => window.__wall !== undefined, undefined, { timeout: 30_000 });
  const targets = [...new Set(cycles)].filter((c) => c >= 0).sort((a, b) => a - b);
  const out: SoakSample[] = [];
  let done = 0;
  for (const target of targets) {
    while (done < target) {
      const n = Math.min(BATCH, target - done);
      await advance(page, n);
      done += n;
    }
    out.push(await sample(page, target));
  }
  return out;
}
