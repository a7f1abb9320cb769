/**
 * Shared e2e fixtures: every test fails on console errors (automatic fixture) and on any
 * request that leaves the page's origin, so "no third-party calls" is asserted everywhere.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface MockFaults {
  latencyMs?: number;
  fail?: string[] | 'all';
  malformed?: string[];
  xss?: boolean;
  version?: number;
}

interface Fixtures {
  consoleErrors: string[];
  foreignRequests: string[];
  /** console errors a test provokes on purpose (a refused request it asserts on): test.use({ expectedConsoleErrors: [/…/] }) */
  expectedConsoleErrors: RegExp[];
}

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  // auto: every test, whether or not it names the fixture, fails on a console error or an uncaught exception.
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
      const unexpected = errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  // auto: every test, whether or not it names the fixture, fails on a request to another origin.
  foreignRequests: [
    async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets mock-API faults before the app starts (persisted in localStorage, so they survive reloads). */
export async function setFaults(page: Page, faults: MockFaults): Promise<void> {
  await page.addInitScript((f) => {
    window.localStorage.setItem('mockApi.faults', JSON.stringify(f));
  }, faults);
}

/** Changes faults on a running page (and for its next reloads). */
export async function changeFaults(page: Page, faults: MockFaults): Promise<void> {
  await page.evaluate((f) => window.localStorage.setItem('mockApi.faults', JSON.stringify(f)), faults);
}

/** Opens the app and waits until the map has drawn with data (the map sets data-ready). */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

export async function expectNoSeriousAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
