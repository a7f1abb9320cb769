/**
 * Honest freshness on the wall: an API that stops answering (a hung proxy) is named as
 * such within two refresh intervals while the last data stays on screen, and the badge
 * clears by itself when answers return. Screen Wake Lock is held in wall mode.
 */
import type { Page } from '@playwright/test';
import { test, expect, changeFaults } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

/** refresh=0.1 min: one refresh every 6 s, so a request may wait 2 s (a third of it) */
const REFRESH_MS = 6_000;

function wall(page: Page) {
  return {
    asOf: page.locator('.wall-asof'),
    checked: page.locator('.wall-checked'),
    overdue: page.locator('[data-kpi="overdue"] .wall-kpi-value'),
    stale: page.getByTestId('stale-badge'),
  };
}

test('the API stops answering: within 2 refresh intervals the badge says so, the data stays, and it clears by itself', async ({ page, consoleErrors }) => {
  await page.goto('/?mode=wall&refresh=0.1&cycle=600&motion=off');
  const w = wall(page);
  await expect(w.asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC', { timeout: 30_000 });
  await expect(w.checked).toContainText(/checked at \d\d:\d\d UTC/);
  await expect(w.overdue).toHaveText('7');
  await expect(w.stale).toHaveCount(0);

  // Answers now take two minutes: far above the 2 s a request may wait.
  await changeFaults(page, { latencyMs: 120_000 });
  const silentFrom = Date.now();
  await expect(w.stale).toContainText(/^Stale: No answer from the API since \d\d:\d\d UTC, retrying$/, { timeout: 2 * REFRESH_MS + 1_000 });
  expect(Date.now() - silentFrom).toBeLessThanOrEqual(2 * REFRESH_MS + 1_000);
  await expect(w.stale).toHaveAttribute('data-reason', 'no-answer');
  // The last good data stays on screen, dated.
  await expect(w.asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC');
  await expect(w.overdue).toHaveText('7');
  // The minute on screen may not change; its machine-readable time does.
  const checkedTime = () => w.checked.locator('time').getAttribute('datetime');
  const checkedWhileSilent = await checkedTime();

  await changeFaults(page, {});
  await expect(w.stale).toHaveCount(0, { timeout: 4 * REFRESH_MS });
  await expect(w.overdue).toHaveText('7');
  await expect.poll(checkedTime, { timeout: 2 * REFRESH_MS }).not.toBe(checkedWhileSilent);
  expect(consoleErrors).toEqual([]);
});

test('an API error is told apart from silence: "API error since …"', async ({ page }) => {
  await page.goto('/?mode=wall&refresh=0.1&cycle=600&motion=off');
  const w = wall(page);
  await expect(w.asOf).toContainText('Data as of', { timeout: 30_000 });
  await changeFaults(page, { fail: 'all' });
  await expect(w.stale).toContainText(/^Stale: API error since \d\d:\d\d UTC, retrying$/, { timeout: 30_000 });
  await expect(w.stale).toHaveAttribute('data-reason', 'error');
});

test('with /meta malformed the wall still tours the regions and jurisdictions, and /meta has its own Retry', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mockApi.faults', JSON.stringify({ malformed: ['meta'] })));
  await page.goto('/?mode=wall&cycle=600&motion=off');
  await expect(page.locator('[data-kpi="overdue"] .wall-kpi-value')).toHaveText('7', { timeout: 30_000 });
  const feedErrors = page.getByRole('list', { name: 'Data feeds with problems' });
  await expect(feedErrors.getByRole('listitem')).toHaveCount(1);
  await expect(feedErrors).toContainText('Dataset information');
  await expect(page.getByText(/Waiting for data/)).toHaveCount(0);
  // The tour goes on, region stops included, with their jurisdictions and coordinators.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-label')).toHaveText('Region 1 of 10');
  await expect(page.getByRole('heading', { level: 2, name: /^Region 1\b/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Massachusetts/ })).toBeVisible();
  await expect(page.getByText('Emergency Communications Coordinators')).toBeVisible();
  // Once /meta is repaired, its Retry brings it back without waiting for the next refresh.
  await page.evaluate(() => localStorage.removeItem('mockApi.faults'));
  await feedErrors.getByRole('button', { name: 'Retry dataset information' }).click();
  await expect(page.locator('.wall-asof')).toContainText('Data as of Nov 20, 2026', { timeout: 15_000 });
  await expect(feedErrors).toHaveCount(0);
});

test('the wall holds a screen wake lock, and takes it again when the page is visible again', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    const sentinels: { released: boolean }[] = [];
    (window as unknown as { __wakeLockCalls: string[] }).__wakeLockCalls = calls;
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    (window as unknown as { __setVisibility: (v: DocumentVisibilityState) => void }).__setVisibility = (v) => {
      visibility = v;
      // As browsers do: a hidden page loses its lock.
      if (v === 'hidden') for (const s of sentinels) s.released = true;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: (type: string) => {
          calls.push(type);
          const sentinel = { released: false, release: () => Promise.resolve(), addEventListener: () => undefined };
          sentinels.push(sentinel);
          return Promise.resolve(sentinel);
        },
      },
    });
  });
  await page.goto('/?mode=wall&cycle=600&motion=off');
  await expect(page.locator('.wall-asof')).toContainText('Data as of', { timeout: 30_000 });
  const calls = () => page.evaluate(() => (window as unknown as { __wakeLockCalls: string[] }).__wakeLockCalls);
  await expect.poll(calls).toEqual(['screen']);
  await page.evaluate(() => (window as unknown as { __setVisibility: (v: string) => void }).__setVisibility('hidden'));
  await page.evaluate(() => (window as unknown as { __setVisibility: (v: string) => void }).__setVisibility('visible'));
  await expect.poll(calls).toEqual(['screen', 'screen']);
});

test('without the Wake Lock API the wall says nothing and tours on', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined }));
  await page.goto('/?mode=wall&cycle=1&motion=off');
  await expect(page.locator('.wall-asof')).toContainText('Data as of', { timeout: 30_000 });
  await expect(page.getByTestId('tour-label')).not.toHaveText('National overview', { timeout: 10_000 });
  await expect(page.getByText(/wake lock/i)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
