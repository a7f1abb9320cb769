/**
 * Offline start: the service worker serves the app shell and the first map's geometry,
 * so a kiosk that reloads with the network down boots into the stored snapshot with its
 * date and the stale badge (never the browser's error page), and recovers by itself.
 */
import { test, expect } from './fixtures';

// Offline, the browser logs each request it could not send: that is the condition under test.
test.use({ viewport: { width: 1920, height: 1080 }, expectedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/] });

test('offline reload → the snapshot with its as-of date and the stale badge; back online → refreshed, badge gone', async ({ page, context }) => {
  await page.goto('/?mode=wall&refresh=0.1&cycle=600&motion=off');
  const asOf = page.locator('.wall-asof');
  const stale = page.getByTestId('stale-badge');
  await expect(asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('wall.snapshot.v1') !== null), { timeout: 15_000 }).toBe(true);
  // The service worker has installed (precached) and controls the page.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SCIP status briefing' })).toBeVisible({ timeout: 30_000 });
  await expect(asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC');
  await expect(page.locator('[data-kpi="overdue"] .wall-kpi-value')).toHaveText('7');
  await expect(stale).toContainText(/^Stale: No (connection to the API|answer from the API) since .+, retrying$/, { timeout: 30_000 });
  // The first map's geometry came from the service worker's cache too.
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });

  await context.setOffline(false);
  await expect(stale).toHaveCount(0, { timeout: 30_000 });
  await expect(asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC');
});

test('the dashboard does not show the update notice while the deployed version is current', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await expect(page.getByText('A new version is available')).toHaveCount(0);
});
