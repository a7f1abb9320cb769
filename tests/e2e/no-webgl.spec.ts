import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { test, expect } from './fixtures';

// A browser without WebGL (old kiosk hardware, locked-down GPUs) still gets the dashboard.
test.use({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--disable-webgl', '--disable-webgl2'] } });

test('without WebGL the table view opens with a notice', async ({ page }) => {
  await page.goto('/?layer=scip');
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the map' })).toBeVisible();
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeDisabled();
});
