/** The automatic fixtures fail a test that never asks for them. */
import { test, expect } from './fixtures';

test.describe('automatic e2e fixtures', () => {
  test('a console error on the page fails the test, though the test never names consoleErrors', async ({ page }) => {
    test.fail(); // the fixture must turn this test red; if it stays green, the fixture is broken
    await page.goto('/?view=table');
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
    await page.evaluate(() => console.error('deliberate console error'));
  });

  test('an uncaught exception on the page fails the test', async ({ page }) => {
    test.fail();
    await page.goto('/?view=table');
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      }, 0),
    );
    await page.waitForTimeout(200);
  });

  test('a clean page passes', async ({ page }) => {
    await page.goto('/?view=table');
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
  });
});

test.describe('declared console errors', () => {
  test.use({ expectedConsoleErrors: [/deliberate, declared/] });
  test('a declared console error does not fail the test', async ({ page }) => {
    await page.goto('/?view=table');
    await page.evaluate(() => console.error('deliberate, declared'));
  });
});
