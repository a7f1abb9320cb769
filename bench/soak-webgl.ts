/**
 * WebGL context lost 50 times on the wall: each time the map must be drawn again (MapView
 * rebuilds it with the same camera) within 2 s, and the heap after GC must stay flat —
 * a leaked map per loss would hold its tiles, workers' buffers and a WebGL context each.
 */
import type { Browser } from '@playwright/test';
import { freshSession } from './browser';
import type { MetricSpec, StepOutput } from './report';
import { heapAfterGcMB } from './soak';

const WALL_URL = '/?mode=wall&cycle=600&motion=off';
export const CONTEXT_LOSSES = 50;
/** a rebuild that takes longer than this counts as "not back" */
const GIVE_UP_MS = 30_000;

export const WEBGL_SPECS: MetricSpec[] = [
  { id: 'webgl.restoreMax', label: `Wall: WebGL context lost ${CONTEXT_LOSSES}×, slowest map back (drawn again)`, unit: 'ms' },
  { id: 'webgl.restoreMedian', label: `Wall: WebGL context lost ${CONTEXT_LOSSES}×, median map back`, unit: 'ms' },
  { id: 'webgl.heapGrowth', label: `Wall: JS heap after GC, growth over ${CONTEXT_LOSSES} context losses`, unit: '%' },
];

/** Loses the map's context and waits, in the page, until the rebuilt map (generation `gen`) has drawn. */
async function loseAndTime(page: import('@playwright/test').Page, gen: number): Promise<number> {
  return page.evaluate(
    async ({ gen, giveUp }) => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      const canvas = map?.querySelector('canvas');
      const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!map || !lose) throw new Error('no map canvas with WEBGL_lose_context');
      const start = performance.now();
      lose.loseContext();
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const m = document.querySelector<HTMLElement>('[data-testid="map"]');
          if (m?.dataset.generation === String(gen) && m.dataset.ready === 'true') resolve(performance.now() - start);
          else if (performance.now() - start > giveUp) reject(new Error(`map not back ${giveUp} ms after context loss ${gen}`));
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    { gen, giveUp: GIVE_UP_MS },
  );
}

export async function runWebglSoak(browser: Browser, origin: string, log: (line: string) => void = () => {}): Promise<StepOutput> {
  const session = await freshSession(browser, origin);
  const pageErrors: string[] = [];
  session.page.on('pageerror', (err) => pageErrors.push(err.message));
  try {
    const { page } = session;
    await page.goto(`${origin}${WALL_URL}`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30_000 });
    // One loss first: its rebuild warms what every later one reuses.
    await loseAndTime(page, 1);
    const heapBefore = await heapAfterGcMB(page);
    const times: number[] = [];
    for (let gen = 2; gen <= CONTEXT_LOSSES + 1; gen++) {
      times.push(await loseAndTime(page, gen));
      if (gen % 10 === 1) log(`    ${gen - 1} losses, last map back in ${Math.round(times.at(-1)!)} ms`);
    }
    const heapAfter = await heapAfterGcMB(page);
    if (pageErrors.length) throw new Error(`page error during the context losses: ${pageErrors[0]}`);
    const sorted = [...times].sort((a, b) => a - b);
    return {
      'webgl.restoreMax': { value: sorted.at(-1)!, note: `${times.filter((t) => t <= 2000).length} of ${times.length} back within 2 s` },
      'webgl.restoreMedian': sorted[Math.floor(sorted.length / 2)]!,
      'webgl.heapGrowth': { value: ((heapAfter - heapBefore) / heapBefore) * 100, note: `${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB` },
    };
  } finally {
    await session.close();
  }
}
