/**
 * Issue #19: the one-process server (API + the built SPA on one port) sends the SPA with a
 * Content-Security-Policy that allows no other origin, and the app works under it in
 * Chromium: the map (maplibre's blob: worker) draws, a panel opens, a PNG export runs,
 * with no CSP violation and no request leaving the origin. It serves the build this
 * Playwright run made (dist-e2e-<port>) from server/main.ts with SPA_DIR.
 */
import { test, expect } from '@playwright/test';
import { freePort, startChild, stopChild, waitForOk, type Child } from '../../scripts/child-process';

const outDir = `dist-e2e-${Number(process.env.E2E_PORT ?? 4173)}`;
let server: Child | undefined;
let origin = '';

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = startChild('API + SPA (tsx server/main.ts)', ['--import', 'tsx', 'server/main.ts'], {
    DATA_DIR: ':memory:',
    DATABASE_URL: undefined,
    PORT: String(port),
    HOST: '127.0.0.1',
    SPA_DIR: outDir,
    LOG_LEVEL: 'silent',
    API_TOKENS: '',
    NODE_ENV: 'development',
  });
  await waitForOk(server, `${origin}/readyz`, 60_000);
});

test.afterAll(async () => {
  if (server) await stopChild(server);
});

test('the SPA loads and works under its CSP with no violation and no foreign request', async ({ page }) => {
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  const res = await page.goto(`${origin}/?state=TX`);
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).not.toMatch(/https?:|\*/);
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('heading', { name: /Texas/ }).first()).toBeVisible();

  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);

  const inPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...violations, ...inPage]).toEqual([]);
  expect(foreign).toEqual([]);
});
