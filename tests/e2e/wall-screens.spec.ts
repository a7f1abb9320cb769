/**
 * The wall on the screens conference rooms have: at each size no scrollbar, nothing cut
 * off (the KPI banner and the tour progress inside the viewport), and the map at least
 * 30 % of the screen. Screenshots of each go to test-results (or WALL_SHOTS=/dir) for a
 * person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const SHOTS = process.env.WALL_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
];

for (const size of SCREENS) {
  test(`${size.width}×${size.height}: no scrollbars, nothing cut off, map ≥ 30 % of the screen`, async ({ page, consoleErrors }, info) => {
    await page.setViewportSize(size);
    await page.goto('/?mode=wall&cycle=600&motion=off');
    await expect(page.locator('.wall-asof')).toContainText('Data as of', { timeout: 30_000 });
    await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    // Two stops: the national frame and the region with the most rows (Region 4: 8 jurisdictions).
    for (const stop of [0, 4]) {
      const fit = await page.evaluate(() => {
        const doc = document.documentElement;
        const inside = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return `${sel} missing`;
          const r = el.getBoundingClientRect();
          const ok = r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5 && r.width > 0;
          return ok && el.scrollWidth <= el.clientWidth + 1 ? 'inside' : `${sel} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} (scroll ${el.scrollWidth} > ${el.clientWidth}?)`;
        };
        const canvas = document.querySelector('[data-testid="map"] canvas')?.getBoundingClientRect();
        const panel = document.querySelector('.wall-panel');
        const body = panel?.firstElementChild;
        return {
          scrollWidth: doc.scrollWidth <= window.innerWidth,
          scrollHeight: doc.scrollHeight <= window.innerHeight,
          kpis: inside('.wall-kpis'),
          progress: inside('.wall-progress'),
          header: inside('.wall-header'),
          panel: !!panel && !!body && body.scrollHeight <= panel.clientHeight + 1,
          mapShare: canvas ? Math.round(((canvas.width * canvas.height) / (window.innerWidth * window.innerHeight)) * 100) : 0,
          fontPx: parseFloat(getComputedStyle(document.querySelector('.wall')!).fontSize),
        };
      });
      const shot = SHOTS ? join(SHOTS, `wall-${size.width}x${size.height}-stop${stop}.png`) : info.outputPath(`wall-${size.width}x${size.height}-stop${stop}.png`);
      await page.waitForTimeout(1_500); // let the software-rendered map finish the cut before the picture
      await page.screenshot({ path: shot });
      expect({ ...fit, mapShare: fit.mapShare >= 30, fontPx: undefined }, `stop ${stop}: ${JSON.stringify(fit)}`).toEqual({
        scrollWidth: true,
        scrollHeight: true,
        kpis: 'inside',
        progress: 'inside',
        header: 'inside',
        panel: true,
        mapShare: true,
        fontPx: undefined,
      });
      // Text scales with the screen: readable across the room at every size.
      expect(fit.fontPx).toBeGreaterThanOrEqual(Math.min(size.width, size.height) / 60);
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    }
    expect(consoleErrors).toEqual([]);
  });
}
