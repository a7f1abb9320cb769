import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { test, expect, expectNoSeriousAxeViolations } from './fixtures';

// A browser without WebGL (virtual desktops, locked-down GPUs) still gets the whole map, drawn as SVG.
test.use({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] } });

const svgMap = '[data-svg-map="standalone"]';

test('without WebGL the SVG map is the map: notice, hover, click, keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'the map is drawn without zoom' })).toBeVisible();
  await expect(page.locator(`${svgMap} [data-code]`)).toHaveCount(56);
  await expect(page.locator('[data-testid="map"]')).toHaveCount(0);

  await page.locator(`${svgMap} [data-code="TX"]`).hover();
  await expect(page.getByRole('tooltip')).toContainText('Texas');

  await page.locator(`${svgMap} [data-code="TX"]`).click();
  await expect(page).toHaveURL(/state=TX/);
  await expect(page.getByRole('heading', { level: 2, name: 'Texas' })).toBeVisible();
  await expect(page.locator(`${svgMap} [data-state="TX"]`)).toHaveClass(/is-selected/);

  // arrow keys move from the selection; Enter opens what the cursor is on
  await page.locator(svgMap).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`${svgMap} [data-state].is-cursor`)).toHaveCount(1);
  const next = await page.locator(`${svgMap} [data-state].is-cursor`).getAttribute('data-state');
  expect(next).not.toBe('TX');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`state=${next}`));
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toBeEnabled();
});

test('without WebGL the SCIP layer recolours the SVG; legend counts sum to 56 and match the table; axe clean', async ({ page }) => {
  await page.goto('/?layer=scip');
  await expect(page.locator('section.legend [data-legend-key="no-data"]')).toHaveCount(0);
  const items = page.locator('section.legend .legend-item');
  await expect(items).toHaveCount(5);
  const counts: Record<string, number> = {};
  let total = 0;
  for (const item of await items.all()) {
    const label = (await item.locator('.legend-label').innerText()).trim();
    const n = Number((await item.locator('.legend-count').innerText()).replace(/[^0-9]/g, ''));
    counts[label] = n;
    total += n;
  }
  expect(total).toBe(56);
  // the SVG draws each state in its class colour: the overdue ones in the overdue swatch's colour
  const overdueColour = await page.locator('[data-legend-key="overdue"] .legend-swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
  const fills = await page.locator(`${svgMap} path[data-code]`).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-fill') ?? ''));
  const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(fills.filter((f) => toRgb(f) === overdueColour)).toHaveLength(counts['Overdue'] ?? -1);
  await expectNoSeriousAxeViolations(page);

  // legend highlight outlines the class on the SVG map; a legend click filters it
  await page.locator('[data-legend-key="overdue"]').hover();
  await expect(page.locator(`${svgMap} [data-state].is-highlight`)).toHaveCount(counts['Overdue'] ?? -1);
  await page.locator('[data-legend-key="overdue"]').click();
  await expect(page).toHaveURL(/filter=overdue/);
  await expect(page.locator(`${svgMap} path[data-code][fill-opacity="0.15"]`)).toHaveCount(56 - (counts['Overdue'] ?? 0));

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(counts['Overdue'] ?? -1);
});

test('without WebGL the PNG export still draws the map', async ({ page }) => {
  await page.goto('/?layer=scip');
  await expect(page.locator(`${svgMap} [data-code]`)).toHaveCount(56);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2600);
});
