import { readFileSync } from 'node:fs';
import { test, expect, openApp, expectNoSeriousAxeViolations } from './fixtures';
import { JURISDICTIONS } from '../../src/data/reference';
import type { JurisdictionFeatureCollection } from '../../src/geo/boundaries';
import { boundsOf, fitZoom } from '../../src/geo/bounds';

const labels = JSON.parse(readFileSync('public/geo/labels.json', 'utf8')) as { jurisdictions: Record<string, [number, number]> };
const national = JSON.parse(readFileSync('public/geo/national.json', 'utf8')) as JurisdictionFeatureCollection;

test.describe('national map', () => {
  test('all 56 jurisdictions are drawn inside the 1280×720 viewport', async ({ page }) => {
    await openApp(page);
    const result = await page.evaluate((anchors) => {
      const d = window.__mapDebug;
      return d ? { rendered: d.renderedCodes(), outside: d.codesOutsideViewport(anchors) } : null;
    }, labels.jurisdictions);
    expect(result?.rendered).toHaveLength(56);
    expect(result?.outside).toEqual([]);
  });

  test('?view=table lists 56 jurisdictions', async ({ page }) => {
    await page.goto('/?view=table');
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
  });

  test('SCIP layer: legend counts sum to 56 and match the table', async ({ page }) => {
    await openApp(page, '?layer=scip');
    const items = page.locator('section.legend .legend-item');
    // Until the statuses arrive every jurisdiction sits in the hatched no-data class.
    await expect(page.locator('section.legend [data-legend-key="no-data"]')).toHaveCount(0);
    await expect(items).toHaveCount(5);
    const counts: Record<string, number> = {};
    for (const item of await items.all()) {
      const label = (await item.locator('.legend-label').innerText()).trim();
      const count = Number((await item.locator('.legend-count').innerText()).replace(/[^0-9]/g, ''));
      counts[label] = count;
    }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(56);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
    const statuses = await page.locator('table.data-table tbody tr td:nth-child(4)').allInnerTexts();
    expect(statuses).toHaveLength(56);
    const tableCounts: Record<string, number> = {};
    for (const s of statuses) tableCounts[s] = (tableCounts[s] ?? 0) + 1;
    for (const [label, n] of Object.entries(counts)) if (n > 0) expect(tableCounts[label], label).toBe(n);
  });

  test('clicking a legend item filters the map and the table', async ({ page }) => {
    await openApp(page, '?layer=scip');
    await expect(page.locator('section.legend [data-legend-key="no-data"]')).toHaveCount(0);
    const overdue = page.locator('section.legend .legend-item[data-legend-key="overdue"]');
    const n = Number((await overdue.locator('.legend-count').innerText()).replace(/[^0-9]/g, ''));
    await overdue.click();
    await expect(page).toHaveURL(/filter=overdue/);
    await expect(overdue).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(n);
  });

  test('keyboard only: from the first screen reach Texas and open its panel', async ({ page }) => {
    await openApp(page);
    const map = page.locator('[data-testid="map"]');
    // Tab until the map has focus (the search box and toolbar come first).
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      if (await map.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(map).toBeFocused();
    await page.keyboard.press('ArrowDown'); // starts at Kansas
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Kansas' })).toHaveCount(1);
    await page.keyboard.press('ArrowDown'); // Oklahoma
    await page.keyboard.press('ArrowDown'); // Texas
    await expect(page.locator('[data-testid="map"] [aria-live="polite"]')).toContainText('Texas');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/state=TX/);
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Texas' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/state=TX/);
  });

});

test.describe('map camera', () => {
  test('selecting a region fits the map to it, insets included', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // a cut, so the camera settles at once
    await openApp(page);
    const before = await page.evaluate(() => window.__mapDebug?.camera().zoom ?? 0);
    await page.goto('/?region=9');
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible();
    // Region 9 spans California to Guam, so the fit zooms in only a little, but it does zoom in.
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().zoom ?? 0)).toBeGreaterThan(before + 0.1);
    const inRegion = { CA: labels.jurisdictions.CA!, HI: labels.jurisdictions.HI!, GU: labels.jurisdictions.GU!, AS: labels.jurisdictions.AS!, MP: labels.jurisdictions.MP! };
    expect(await page.evaluate((anchors) => window.__mapDebug?.codesOutsideViewport(anchors), inRegion)).toEqual([]);
    // …and states far from the region are out of the frame.
    expect(await page.evaluate((anchors) => window.__mapDebug?.codesOutsideViewport(anchors), { ME: labels.jurisdictions.ME! })).toEqual(['ME']);
  });

  test('resizing the window keeps the map fitted to the open region', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // cuts, so each fit settles at once
    await openApp(page, '?region=4');
    const region4 = Object.fromEntries(JURISDICTIONS.filter((j) => j.regionId === 4).map((j) => [j.code, labels.jurisdictions[j.code]!]));
    const outside = () => page.evaluate((anchors) => window.__mapDebug?.codesOutsideViewport(anchors), region4);
    const region4Bounds = boundsOf(Object.keys(region4), national);
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().zoom ?? 0)).toBeGreaterThan(4);
    expect(await outside()).toEqual([]);
    for (const size of [{ width: 900, height: 700 }, { width: 1280, height: 720 }, { width: 1100, height: 900 }]) {
      await page.setViewportSize(size);
      // still Region 4, all of it, not the national view: the camera is fitted to Region 4's bounds at this size
      const fitted = async () => {
        const box = await page.evaluate(() => {
          const c = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
          return { w: c?.clientWidth ?? 0, h: c?.clientHeight ?? 0, zoom: window.__mapDebug?.camera().zoom ?? 0 };
        });
        return Math.abs(box.zoom - Math.min(7, fitZoom(region4Bounds, box.w, box.h, 24)));
      };
      await expect.poll(fitted).toBeLessThan(0.02);
      await expect.poll(outside).toEqual([]);
      expect(await page.evaluate((anchors) => window.__mapDebug?.codesOutsideViewport(anchors), { ME: labels.jurisdictions.ME! })).toEqual(['ME']);
    }
  });

  test('zooming to an inset jurisdiction shows it at its true location, and back', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // cuts, so each camera change settles at once
    await openApp(page, '?state=AK');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Zoom the map to Alaska' }).click();
    await expect(page).toHaveURL(/state=AK&zoom=on/);
    // True Alaska is far north-west of its inset: the camera goes there and the map draws it there.
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().lat ?? 0)).toBeGreaterThan(55);
    // Anchorage and Fairbanks (true coordinates) are in view; the inset's Alaska is not.
    const trueAlaska = { ANC: [-149.9, 61.2] as [number, number], FAI: [-147.7, 64.8] as [number, number], INSET: labels.jurisdictions.AK! };
    expect(await page.evaluate((anchors) => window.__mapDebug?.codesOutsideViewport(anchors), trueAlaska)).toEqual(['INSET']);
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.renderedCodes() ?? [])).toContain('AK');
    await expectNoSeriousAxeViolations(page);

    await details.getByRole('button', { name: 'Back to the national view' }).click();
    await expect(page).not.toHaveURL(/zoom=/);
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().lat ?? 90)).toBeLessThan(45);
    expect(await page.evaluate(() => window.__mapDebug?.renderedCodes().length)).toBe(56);
  });

  test('?state=TX&zoom=on opens zoomed to Texas', async ({ page }) => {
    await openApp(page, '?state=TX&zoom=on');
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().zoom ?? 0)).toBeGreaterThan(4.5);
    const camera = await page.evaluate(() => window.__mapDebug?.camera());
    expect(camera?.lng).toBeGreaterThan(-107);
    expect(camera?.lng).toBeLessThan(-93);
    expect(camera?.lat).toBeGreaterThan(25);
    expect(camera?.lat).toBeLessThan(37);
  });

  test('clicking a region badge selects the region; clicking a state selects the state', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Region 4: show the region' }).click();
    await expect(page).toHaveURL(/region=4/);
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Region 4' })).toBeVisible();
    // Click the middle of Texas' label: the fill under it is Texas.
    await openApp(page);
    const box = await page.locator('.map-label[data-code="TX"]').boundingBox();
    if (!box) throw new Error('no TX label');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 12);
    await expect(page.getByRole('tooltip')).toContainText('Texas · Region 6');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height + 12);
    await expect(page).toHaveURL(/state=TX/);
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Texas' })).toBeVisible();
  });

  test('axe: no serious or critical violations on the map and the table views', async ({ page }) => {
    await openApp(page, '?layer=scip');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(56);
    await expectNoSeriousAxeViolations(page);
  });

  test('a lost WebGL context is rebuilt with the same view', async ({ page }) => {
    // Reduced motion: the fit to Region 4 is a cut, so the camera is settled once the map is ready.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '?region=4');
    await expect.poll(async () => page.evaluate(() => window.__mapDebug?.camera().zoom)).toBeGreaterThan(4);
    const before = await page.evaluate(() => window.__mapDebug?.camera());
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      const gl = canvas?.getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-generation', '1', { timeout: 5000 });
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 5000 });
    const after = await page.evaluate(() => window.__mapDebug?.camera());
    expect(after?.zoom).toBeCloseTo(before?.zoom ?? 0, 1);
    expect(after?.lng).toBeCloseTo(before?.lng ?? 0, 1);
    const rendered = await page.evaluate(() => window.__mapDebug?.renderedCodes().length);
    expect(rendered).toBeGreaterThan(0);
  });

});

test.describe('map exports', () => {
  test('exports a PNG of the map', async ({ page }) => {
    await openApp(page, '?layer=scip');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('regional-map-scip.png');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    // drawn from the SVG map at 2000 px wide (plus the legend column), not a screen-sized canvas
    expect(png.readUInt32BE(16)).toBe(2600);
  });
});
