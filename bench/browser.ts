/**
 * The browser side of the benchmark: one Chromium (the same flags as e2e), a fresh
 * context per cold load, and a watch on every request so a run that calls another host
 * is reported rather than measured.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { loadMilestones, readMark, watchEvent, watchText, type EventProbe, type TextProbe } from './probes';

export const VIEWPORT = { width: 1280, height: 720 };

export async function launchBrowser(): Promise<Browser> {
  // Imported here, not at the top: playwright.config.ts checks that Chromium exists, and
  // the sizes-only run must work without a browser.
  const { chromiumArgs, chromiumPath } = await import('../playwright.config');
  // Without this flag performance.memory (read by the soak) is bucketed and refreshed only
  // every 20 minutes, so heap growth over a soak would read as zero.
  const args = [...chromiumArgs, '--enable-precise-memory-info'];
  return chromium.launch({ executablePath: chromiumPath, args, timeout: 30_000 });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Hosts other than the preview server that any page asked for, across the whole run. */
export const foreignRequests = new Set<string>();

export async function freshSession(browser: Browser, origin: string): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  context.setDefaultTimeout(20_000);
  context.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob):/.test(url)) return;
    if (!url.startsWith(`${origin}/`)) foreignRequests.add(new URL(url).origin);
  });
  // tsx compiles the runner with esbuild's keepNames, which wraps the probes' inner
  // functions in a `__name(fn, "name")` helper that does not exist in the page.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  return { context, page, close: () => context.close().catch(() => undefined) };
}

/** Waits until the page has set `mark`, then returns it. */
export async function waitForMark(page: Page, mark: string, timeoutMs: number, what: string): Promise<number> {
  try {
    await page.waitForFunction((m) => window.__benchMarks?.[m] !== undefined, mark, { timeout: timeoutMs, polling: 50 });
  } catch (err) {
    throw new Error(`${what}: not seen within ${timeoutMs / 1000} s`, { cause: err });
  }
  const value = await page.evaluate(readMark, mark);
  if (value === null) throw new Error(`${what}: mark "${mark}" vanished`);
  return value;
}

export const armText = (page: Page, probe: TextProbe) => page.evaluate(watchText, probe);
export const armEvent = (page: Page, probe: EventProbe) => page.evaluate(watchEvent, probe);

/** Baseline: navigation start → MapLibre idle with the national source loaded. */
export async function baselineReady(session: Session, origin: string): Promise<{ ready: number; milestones: Record<string, number> }> {
  await session.page.goto(`${origin}/baseline/`, { waitUntil: 'commit', timeout: 30_000 });
  try {
    await session.page.waitForFunction(() => window.__benchReady !== undefined, undefined, { timeout: 60_000, polling: 50 });
  } catch (err) {
    throw new Error('baseline map did not become idle within 60 s', { cause: err });
  }
  const ready = await session.page.evaluate(() => window.__benchReady ?? Number.NaN);
  return { ready, milestones: await session.page.evaluate(loadMilestones) };
}
