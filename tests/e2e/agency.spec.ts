/**
 * Issue #19, "ready for an agency to run": USWDS font and tokens, light/dark/forced-colours,
 * keyboard shortcuts, times in the viewer's zone, copy link, export feedback, print brief.
 * Screenshots go to .scratch/agency-shots/ (ignored by git) to be looked at by eye.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectNoSeriousAxeViolations } from './fixtures';

const SHOTS = '.scratch/agency-shots';
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const appBackground = (page: Page) => page.locator('.app').evaluate((el) => getComputedStyle(el).backgroundColor);

test('Public Sans is self-hosted and used, and no request leaves the origin', async ({ page, foreignRequests }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fontRequests.push(r.url());
  });
  await openApp(page);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      check: document.fonts.check('16px "Public Sans Variable"'),
      // check() is also true for a family the page never declared, so prove the face is loaded too.
      loaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Public Sans Variable' && f.status === 'loaded'),
      body: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(fonts).toEqual({ check: true, loaded: true, body: expect.stringMatching(/^"Public Sans Variable"/) });
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(foreignRequests).toEqual([]);
  // The sample-data build does not claim to be an official site.
  await expect(page.getByRole('region', { name: 'Official website of the United States government' })).toHaveCount(0);
  await expect(page.getByText('Sample data', { exact: true })).toBeVisible();
  await shot(page, 'light');
});

test.describe('dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('the dashboard renders dark and axe finds no serious violation', async ({ page }) => {
    await openApp(page, '?state=TX');
    await expect(page.getByTestId('state-panel')).toBeVisible();
    expect(luminance(await appBackground(page))).toBeLessThan(0.2);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await shot(page, 'dark');
    await expectNoSeriousAxeViolations(page);
  });

  test('the region panel, the national view and the table are dark and axe-clean too', async ({ page }) => {
    for (const query of ['?region=4', '', '?view=table&layer=scip']) {
      await page.goto(`/${query}`);
      await expect(page.locator('#details h2').first()).toBeVisible({ timeout: 30_000 });
      if (query === '') await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
      else await page.waitForLoadState('networkidle');
      expect(luminance(await appBackground(page))).toBeLessThan(0.2);
      await shot(page, `dark${query.replace(/[^a-z0-9]+/gi, '-')}`);
      await expectNoSeriousAxeViolations(page);
    }
  });

  test('?theme=light overrides it, the choice is remembered, and the toggle switches back', async ({ page }) => {
    await openApp(page, '?theme=light');
    expect(luminance(await appBackground(page))).toBeGreaterThan(0.8);
    await openApp(page); // no ?theme: the remembered choice wins over the system's dark
    expect(luminance(await appBackground(page))).toBeGreaterThan(0.8);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page).toHaveURL(/theme=dark/);
    expect(luminance(await appBackground(page))).toBeLessThan(0.2);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('forced colours (Windows high contrast)', () => {
  test.use({ forcedColors: 'active' });

  test('legend swatches differ by pattern or border, and axe finds no serious violation', async ({ page }) => {
    await openApp(page);
    const swatches = await page.locator('.legend-swatch').evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundImage}|${s.borderTopStyle}|${s.borderTopWidth}`;
      }),
    );
    expect(swatches).toHaveLength(10);
    expect(new Set(swatches).size).toBe(10);
    await shot(page, 'forced-colors');
    await expectNoSeriousAxeViolations(page);
    await page.goto('/?layer=scip');
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    const scip = await page.locator('.legend-swatch').evaluateAll((els) =>
      els.map((el) => `${getComputedStyle(el).backgroundImage}|${getComputedStyle(el).borderTopStyle}`),
    );
    expect(new Set(scip).size).toBe(scip.length);
  });
});

test('“?” opens the keyboard shortcuts, Escape closes them and focus returns', async ({ page }) => {
  await openApp(page);
  const map = page.getByTestId('map');
  await map.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Fit the whole country again')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(map).toBeFocused();

  // From the top bar too; and "?" typed into the search stays a character.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  const search = page.getByRole('combobox').first();
  await search.fill('');
  await search.press('?');
  await expect(dialog).toBeHidden();
  await expect(search).toHaveValue('?');
});

test.describe('viewer in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('times show in the viewer’s zone with UTC beside and on hover', async ({ page }) => {
    await openApp(page);
    const status = page.locator('.data-status');
    await expect(status).toContainText(/Data as of \w{3} \d+, \d{4}, \d\d:\d\d [AP]M EST \(\d\d:\d\d [AP]M UTC\)/);
    await expect(status.locator('time').first()).toHaveAttribute('title', /UTC$/);
  });
});

test('Copy link copies the current view and says so; a refused clipboard shows the link to copy', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openApp(page, '?state=TX&layer=scip');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('permission denied'));
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /Copying was refused \(permission denied\)/ });
  await expect(field).toHaveValue(page.url());
});

test('PNG export and CSV download show progress and the result', async ({ page }) => {
  await openApp(page, '?layer=scip');
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  await png;
  await expect(page.getByTestId('png-status')).toHaveText(/Saved regional-map-scip\.png \(\d+ kB\)/);

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await csv).suggestedFilename()).toBe('jurisdictions-scip.csv');
  await expect(page.getByTestId('csv-status')).toHaveText('✓ Saved jurisdictions-scip.csv (56 rows)');
});

test('the region panel links to its printable brief', async ({ page }) => {
  await openApp(page, '?region=4');
  await page.getByRole('link', { name: 'Print brief for Region 4' }).click();
  await expect(page).toHaveURL(/mode=brief&region=4/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Region 4');
});

test('every pointer target on the first screen is at least 24 × 24 px or spaced apart (axe target-size)', async ({ page }) => {
  await openApp(page, '?state=TX');
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});
