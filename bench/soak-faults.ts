/**
 * An accelerated fault run on the wall: faults drawn at random (seeded, so runs compare) —
 * HTTP 500, no answer (latency far above the request timeout), a malformed payload,
 * the network down, the WebGL context lost — each held for one period, on a wall that
 * tours every second and refreshes every 6 s. 10 periods of 15 s show the wall ~150 tour
 * stops and ~25 refreshes: at the defaults (20 s a stop, 5 min a refresh) that is 50 min
 * of touring and 2 h of refreshes. Each fault must show (stale badge, a feed's error or
 * the map rebuilt); at the end the wall must recover by itself, tour, and have had no
 * page error.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freshSession } from './browser';
import type { MetricSpec, StepOutput } from './report';

const WALL_URL = '/?mode=wall&cycle=1&refresh=0.1&motion=off';
const PERIODS = 10;
const HOLD_MS = 15_000;
const RECOVER_LIMIT_MS = 45_000;
const FAULTS = ['500', 'no-answer', 'malformed', 'network-down', 'webgl-lost', 'none'] as const;
type Fault = (typeof FAULTS)[number];
const ENDPOINTS = ['meta', 'regions', 'jurisdictions'] as const;

export const FAULT_SPECS: MetricSpec[] = [
  { id: 'faults.pageErrors', label: `Wall fault run (${PERIODS} × ${HOLD_MS / 1000} s, random faults): page errors`, unit: 'count' },
  { id: 'faults.unshown', label: 'Wall fault run: faults the wall did not show (badge, feed error or map rebuilt)', unit: 'count' },
  { id: 'faults.recover', label: 'Wall fault run: faults off → fresh again, map drawn, touring', unit: 'ms' },
];

/** mulberry32: a small seeded PRNG, so every run draws the same faults */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const setMockFaults = (page: Page, faults: object) =>
  page.evaluate((f) => localStorage.setItem('mockApi.faults', JSON.stringify(f)), faults);

const staleShown = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="stale-badge"], .wall-feed-errors li') !== null);

const mapGeneration = (page: Page) =>
  page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('[data-testid="map"]');
    return { gen: Number(m?.dataset.generation ?? -1), ready: m?.dataset.ready === 'true' };
  });

async function inject(page: Page, context: BrowserContext, fault: Fault, random: () => number): Promise<string> {
  switch (fault) {
    case '500':
      await setMockFaults(page, { fail: 'all' });
      return 'HTTP 500 on every endpoint';
    case 'no-answer':
      await setMockFaults(page, { latencyMs: 120_000 });
      return 'answers 120 s late';
    case 'malformed': {
      const endpoint = ENDPOINTS[Math.floor(random() * ENDPOINTS.length)]!;
      await setMockFaults(page, { malformed: [endpoint] });
      return `/${endpoint} malformed`;
    }
    case 'network-down':
      await context.setOffline(true);
      return 'network down';
    case 'webgl-lost':
      await page.evaluate(() =>
        document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext(),
      );
      return 'WebGL context lost';
    case 'none':
      return 'no fault';
  }
}

async function clearFaults(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await setMockFaults(page, {});
}

/** Holds one fault for HOLD_MS; true when the wall showed it while it lasted. */
async function hold(page: Page, fault: Fault, genBefore: number): Promise<boolean> {
  const until = Date.now() + HOLD_MS;
  let shown = fault === 'none';
  while (Date.now() < until) {
    if (!shown) {
      if (fault === 'webgl-lost') {
        const { gen, ready } = await mapGeneration(page);
        shown = gen > genBefore && ready;
      } else shown = await staleShown(page);
    }
    await page.waitForTimeout(250);
  }
  return shown;
}

async function recovered(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelector('[data-testid="stale-badge"], .wall-feed-errors li') === null &&
      document.querySelector('[data-testid="map"][data-ready="true"]') !== null &&
      (document.querySelector('.wall-asof')?.textContent ?? '').startsWith('Data as of'),
  );
}

export async function runFaultRun(browser: Browser, origin: string, log: (line: string) => void = () => {}): Promise<StepOutput> {
  const session = await freshSession(browser, origin);
  const { page, context } = session;
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const random = seeded(16);
  try {
    await page.goto(`${origin}${WALL_URL}`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30_000 });
    const unshown: string[] = [];
    for (let i = 0; i < PERIODS; i++) {
      const fault = FAULTS[Math.floor(random() * FAULTS.length)]!;
      await clearFaults(page, context);
      const { gen } = await mapGeneration(page);
      const what = await inject(page, context, fault, random);
      const shown = await hold(page, fault, gen);
      log(`    period ${i + 1}: ${what} → ${shown ? 'shown' : 'NOT shown'}`);
      if (!shown) unshown.push(what);
    }
    await clearFaults(page, context);
    const offAt = Date.now();
    while (!(await recovered(page))) {
      if (Date.now() - offAt > RECOVER_LIMIT_MS) throw new Error(`the wall had not recovered ${RECOVER_LIMIT_MS / 1000} s after the faults ended`);
      await page.waitForTimeout(250);
    }
    const recoverMs = Date.now() - offAt;
    const label = await page.getByTestId('tour-label').textContent();
    await page.waitForFunction((before) => document.querySelector('[data-testid="tour-label"]')?.textContent !== before, label, { timeout: 5_000 });
    return {
      'faults.pageErrors': { value: pageErrors.length, note: pageErrors[0] ?? 'none' },
      'faults.unshown': { value: unshown.length, note: unshown.length ? unshown.join('; ') : `all ${PERIODS} periods shown honestly` },
      'faults.recover': { value: recoverMs, note: 'and the tour moved on' },
    };
  } finally {
    await session.close();
  }
}
