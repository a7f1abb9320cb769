import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';
import { CALLOUT_POSITIONS } from '../../src/ui/map/callouts';

const labels = JSON.parse(readFileSync('public/geo/labels.json', 'utf8')) as { jurisdictions: Record<string, [number, number]> };
/** where each code's label is drawn (composite lon/lat): on its shape, or out in a callout */
const labelAt: Record<string, [number, number]> = { ...labels.jurisdictions, ...CALLOUT_POSITIONS };

/** Screen positions of the SVG map's 56 labels (the same points the WebGL map projects). */
async function svgLabelPositions(page: import('@playwright/test').Page, root: string): Promise<Record<string, [number, number]>> {
  return page.evaluate((sel) => {
    const out: Record<string, [number, number]> = {};
    const svg = document.querySelector<SVGSVGElement>(`${sel} svg`);
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return out;
    for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-label]')) {
      const text = el.tagName === 'text' ? el : el.querySelector('text');
      const x = Number(text?.getAttribute('x'));
      const y = Number(text?.getAttribute('y'));
      const p = new DOMPoint(x, y).matrixTransform(ctm);
      out[el.getAttribute('data-label') ?? ''] = [p.x, p.y];
    }
    return out;
  }, root);
}

test.describe('first map picture', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the national map is in the HTML: 56 shapes with their codes, the legend names the regions', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('#first-map svg [data-code]')).toHaveCount(56);
      const codes = await page.locator('#first-map svg [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(new Set(codes).size).toBe(56);
      await expect(page.locator('#first-map svg [data-label]')).toHaveCount(56);
      for (let id = 1; id <= 10; id++) await expect(page.locator('section.legend')).toContainText(`Region ${id}`);
      // each shape is a link: a click selects the state even before (or without) any script
      await expect(page.locator('#first-map a[href="?state=TX"]')).toHaveCount(1);
    });
  });

  test('from the first paint to the WebGL map idle, no state moves more than 1 px', async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const first = await noJs.newPage();
    await first.goto('/');
    const painted = await svgLabelPositions(first, '#first-map');
    await noJs.close();
    expect(Object.keys(painted)).toHaveLength(56);

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto('/');
    // React's first render puts the very same picture in the same place
    await expect(page.locator('[data-svg-map="first-picture"] svg')).toHaveCount(1);
    const adopted = await svgLabelPositions(page, '[data-svg-map="first-picture"]');
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    const projected = await page.evaluate((pts) => window.__mapDebug?.project(pts) ?? {}, labelAt);
    await expect(page.locator('[data-svg-map="first-picture"]')).toBeHidden();
    await ctx.close();

    const moved = (a: Record<string, [number, number]>, b: Record<string, [number, number]>) =>
      Object.keys(painted)
        .map((code) => ({ code, d: Math.hypot((a[code]?.[0] ?? NaN) - (b[code]?.[0] ?? NaN), (a[code]?.[1] ?? NaN) - (b[code]?.[1] ?? NaN)) }))
        .filter((m) => !(m.d <= 1));
    expect(moved(painted, adopted), 'static HTML → React').toEqual([]);
    expect(moved(painted, projected), 'SVG → WebGL').toEqual([]);
  });

  test('the first picture takes clicks before the WebGL map has drawn, and the WebGL map keeps the selection', async ({ page }) => {
    // hold the WebGL map's boundaries back, so the SVG is still the map when the click comes
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/geo/national.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await page.locator('[data-svg-map="first-picture"] [data-code="TX"]').click();
    await expect(page).toHaveURL(/state=TX/);
    await expect(page.getByRole('heading', { level: 2, name: 'Texas' })).toBeVisible();
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toHaveCount(0);
    release();
    await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-svg-map="first-picture"]')).toBeHidden();
    await expect(page).toHaveURL(/state=TX/);
    await expect(page.getByRole('heading', { level: 2, name: 'Texas' })).toBeVisible();
  });

  test('the dashboard prints as one landscape page with the map and the legend', async ({ page }) => {
    await openApp(page, '?layer=scip');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.svg-map-layer svg')).toBeVisible();
    await expect(page.locator('section.legend')).toBeVisible();
    await expect(page.locator('.data-status')).toContainText('Data as of');
    await expect(page.locator('.details')).toBeHidden();
    const pdf = await page.pdf({ landscape: true, printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
