import { test, expect, openApp, setFaults } from './fixtures';

test.describe('first screen', () => {
  test('draws the national map with 10 region colours, a legend and the sample-data badge', async ({ page, consoleErrors, foreignRequests }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Regional Coordination Map' })).toBeVisible();
    await expect(page.getByText('Sample data', { exact: true })).toBeVisible();
    const legend = page.locator('section.legend');
    await expect(legend.getByRole('heading', { name: 'CISA region' })).toBeVisible();
    await expect(legend.locator('.legend-item')).toHaveCount(10);

    // The canvas really drew something: many distinct colours, not a blank clear colour.
    const distinct = await page.evaluate(() => window.__mapDebug?.distinctColours() ?? Promise.resolve(0));
    expect(distinct).toBeGreaterThan(10);
    const rendered = await page.evaluate(() => window.__mapDebug?.renderedCodes() ?? []);
    expect(rendered).toHaveLength(56);
    // …and, once the API has answered, the map says it has drawn the API's data too.
    await expect(page.getByTestId('map')).toHaveAttribute('data-api-drawn', 'true');
    expect(consoleErrors).toEqual([]);
    // Every asset (boundaries, labels, mock API) came from the page's own origin.
    expect(foreignRequests).toEqual([]);
  });

  test('a payload missing regionId is rejected with an error that names it, and the rest still renders', async ({ page }) => {
    await setFaults(page, { malformed: ['jurisdictions'] });
    await openApp(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Status data could not be loaded' });
    await expect(alert).toContainText('regionId');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('/api/v1/jurisdictions');
    // The map still draws regions from reference data, and the legend is there.
    await expect(page.locator('section.legend .legend-item')).toHaveCount(10);
  });

  test('the detail endpoint for TX returns a payload the contract accepts', async ({ page }) => {
    await openApp(page);
    const body = await page.evaluate(async () => {
      const api = window.__mockApi;
      if (!api) throw new Error('the mock API is not running');
      const res = await api.fetch('/api/v1/jurisdictions/TX');
      return { status: res.status, json: (await res.json()) as { code: string; regionId: number; markerDetails: unknown[] } };
    });
    expect(body.status).toBe(200);
    expect(body.json.code).toBe('TX');
    expect(body.json.regionId).toBe(6);
    expect(body.json.markerDetails).toHaveLength(25);
  });

  test('an API failure shows a specific error with Retry, not a blank screen', async ({ page }) => {
    await setFaults(page, { fail: ['jurisdictions'] });
    await openApp(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Status data could not be loaded' });
    await expect(alert).toContainText('500');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The map keeps its reference-data colours and does not claim to show the API's data.
    await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('map')).toHaveAttribute('data-api-drawn', 'false');
  });
});
