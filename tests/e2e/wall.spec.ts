/**
 * The wall display (`?mode=wall`) and the printable brief (`?mode=brief`), as a viewer
 * in the room and the person who prints it see them. Set WALL_SHOTS=/some/dir to also
 * write the screenshots and the PDF there for a human to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, changeFaults, setFaults, expectNoSeriousAxeViolations } from './fixtures';

const SHOTS = process.env.WALL_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

test.use({ viewport: { width: 1920, height: 1080 } });

/** The wall's story in user terms: what the room can read. */
function wall(page: Page) {
  return {
    label: page.getByTestId('tour-label'),
    paused: page.getByTestId('paused'),
    asOf: page.locator('.wall-asof'),
    staleBadge: page.getByRole('status').filter({ hasText: 'Stale:' }),
    overdue: page.locator('[data-kpi="overdue"] .wall-kpi-value'),
    map: page.getByTestId('map'),
    changes: page.getByRole('region', { name: /Changes since last briefing/ }),
    controls: page.getByRole('navigation', { name: 'Tour controls' }),
  };
}

async function openWall(page: Page, query: string) {
  await page.goto(`/?mode=wall${query}`);
  const w = wall(page);
  await expect(w.asOf).toContainText('Data as of', { timeout: 30_000 });
  return w;
}

const snapshotSaved = (page: Page) =>
  expect.poll(() => page.evaluate(() => localStorage.getItem('wall.snapshot.v1') !== null), { timeout: 15_000 }).toBe(true);

test.describe('wall tour', () => {
  test('?cycle=2 advances at least 3 times in 8 seconds, in tour order', async ({ page, consoleErrors }) => {
    const w = await openWall(page, '&cycle=2&motion=off');
    const seen: string[] = [];
    await expect
      .poll(
        async () => {
          const text = (await w.label.textContent()) ?? '';
          if (seen[seen.length - 1] !== text) seen.push(text);
          return seen.length;
        },
        { timeout: 8_000, intervals: [100] },
      )
      .toBeGreaterThanOrEqual(4);
    const start = ['National overview', 'Region 1 of 10', 'Region 2 of 10', 'Region 3 of 10', 'Region 4 of 10'];
    const from = start.indexOf(seen[0] ?? '');
    expect(from).toBeGreaterThanOrEqual(0);
    expect(seen.slice(0, 4)).toEqual(start.slice(from, from + 4));
    expect(consoleErrors).toEqual([]);
  });

  test('Space pauses (nothing advances for 5 s), then → advances at once and the tour stays paused', async ({ page }) => {
    const w = await openWall(page, '&cycle=2&motion=off');
    await page.keyboard.press('Space');
    await expect(w.paused).toBeVisible();
    const before = await w.label.textContent();
    await page.waitForTimeout(5_000); // longer than two dwell times
    await expect(w.label).toHaveText(before ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(w.label).not.toHaveText(before ?? '', { timeout: 1_000 });
    await expect(w.paused).toBeVisible();
    await page.keyboard.press('Home');
    await expect(w.label).toHaveText('National overview');
    await page.keyboard.press('Space');
    await expect(w.paused).toBeHidden();
  });

  test('a subset tour names the region and its place, and the map fits the region', async ({ page }) => {
    const w = await openWall(page, '&regions=1,4,9&cycle=600&motion=off');
    await expect(w.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(w.label).toHaveText('Region 4 (2 of 3)');
    await expect(page.getByRole('heading', { level: 2, name: /Region 4/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Georgia/ })).toBeVisible();
    // The fit waits for the region's bounds (boundaries load on demand): poll until WA has left the frame.
    await expect
      .poll(() => page.evaluate(() => (window.__mapDebug?.renderedCodes() ?? []).includes('WA')))
      .toBe(false);
    const rendered = await page.evaluate(() => window.__mapDebug?.renderedCodes() ?? []);
    expect(rendered).toEqual(expect.arrayContaining(['AL', 'FL', 'GA', 'KY', 'MS', 'NC', 'SC', 'TN']));
    expect(rendered).not.toContain('WA');
    expect(rendered).not.toContain('CA');
  });

  test('moving the mouse shows the control bar; its buttons drive the tour; it hides again when idle', async ({ page }) => {
    const w = await openWall(page, '&cycle=600&motion=off');
    await expect(w.controls).toHaveClass(/is-hidden/);
    await page.mouse.move(400, 400);
    await page.mouse.move(420, 410);
    await expect(w.controls).not.toHaveClass(/is-hidden/);
    await w.controls.getByRole('button', { name: /Next/ }).click();
    await expect(w.label).toHaveText('Region 1 of 10');
    await w.controls.getByRole('button', { name: 'Pause' }).click();
    await expect(w.paused).toBeVisible();
    await expect(w.controls).toHaveClass(/is-hidden/, { timeout: 10_000 });
    await expect(page.getByTestId('wall')).toHaveCSS('cursor', 'none');
  });

  test('the map survives a lost WebGL context and the tour goes on', async ({ page }) => {
    const w = await openWall(page, '&cycle=600&motion=off');
    await expect(w.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(w.map).toHaveAttribute('data-generation', '1');
    await expect(w.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await expect(w.label).toHaveText('Region 1 of 10');
  });
});

test.describe('wall parameters', () => {
  test('bad parameters fall back with a notice that quotes only the start of a long value; the tour runs on the defaults', async ({ page }) => {
    const long = 'x'.repeat(8000);
    await page.goto(`/?mode=wall&cycle=-5&refresh=-1&regions=0,11&theme=javascript:${long}`);
    const notices = page.locator('.wall-notices li');
    await expect(notices).toHaveCount(4, { timeout: 30_000 });
    const texts = await notices.allTextContents();
    expect(texts.map((t) => t.match(/^Ignored (\w+)=/)?.[1])).toEqual(['cycle', 'regions', 'refresh', 'theme']);
    for (const text of texts) expect(text.length).toBeLessThan(200);
    // the URL now says what is shown; the wall is dark (no theme set) and tours all regions
    await expect.poll(() => new URL(page.url()).search).toBe('?mode=wall');
    await expect(page.getByTestId('wall')).toHaveClass(/theme-dark/);
    await page.keyboard.press('ArrowRight');
    await expect(wall(page).label).toHaveText('Region 1 of 10');
    await expectNoSeriousAxeViolations(page, '.wall-notices');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
  });

  test('without layer= the wall shows SCIP status; layer= still chooses', async ({ page }) => {
    await openWall(page, '&cycle=600');
    const legendTitle = page.locator('#wall-legend-title');
    await expect(legendTitle).toHaveText('SCIP status');
    await openWall(page, '&cycle=600&layer=region');
    await expect(legendTitle).toHaveText('CISA region');
  });
});

test.describe('wall freshness', () => {
  test('when refreshes fail the data stays under a "Stale: API error since" badge, which clears when the API returns', async ({ page }) => {
    const w = await openWall(page, '&refresh=0.1&cycle=600');
    await expect(w.asOf).toContainText('Nov 20, 2026');
    await expect(w.overdue).toHaveText('7');
    await changeFaults(page, { fail: 'all' });
    await expect(w.staleBadge).toBeVisible({ timeout: 30_000 });
    await expect(w.staleBadge).toContainText(/Stale: API error since .+, retrying/);
    await expect(w.asOf).toContainText('Nov 20, 2026');
    await expect(w.overdue).toHaveText('7');
    // the badge fits the one-line header: nothing reflows when it appears
    expect(await page.locator('.wall-header').evaluate((el) => el.scrollWidth <= el.clientWidth && el.clientHeight < 100)).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wall-1920x1080-stale.png') });
    await changeFaults(page, {});
    await expect(w.staleBadge).toHaveCount(0, { timeout: 30_000 });
  });

  test('a reload while the API is down shows the persisted snapshot with its date', async ({ page }) => {
    const w = await openWall(page, '&cycle=600');
    await expect(w.asOf).toContainText('Nov 20, 2026, 02:00 PM UTC');
    await snapshotSaved(page);
    await changeFaults(page, { fail: 'all' });
    await page.reload();
    await expect(w.asOf).toContainText('Data as of Nov 20, 2026, 02:00 PM UTC');
    await expect(w.overdue).toHaveText('7');
    await expect(w.staleBadge).toBeVisible({ timeout: 30_000 });
  });

  test('a corrupted snapshot is ignored: with the API down the wall waits instead of showing it', async ({ page }) => {
    await setFaults(page, { fail: 'all' });
    await page.addInitScript(() => localStorage.setItem('wall.snapshot.v1', '{"savedAt":"2026-01-01T00:00:00Z","meta":{}}'));
    await page.goto('/?mode=wall&cycle=600');
    await expect(page.getByText(/Waiting for data/)).toBeVisible({ timeout: 30_000 });
    await expect(wall(page).asOf).toHaveCount(0);
  });

  test('a newer data version lists the changes since the last briefing, and they survive a reload', async ({ page }) => {
    const w = await openWall(page, '&refresh=0.1&cycle=600');
    await expect(w.changes).toContainText('None recorded yet');
    await snapshotSaved(page);
    await changeFaults(page, { version: 1 });
    await expect(w.asOf).toContainText('Nov 21, 2026', { timeout: 30_000 });
    await expect(w.changes).toContainText('Missouri: Overdue → Current');
    await expect(w.changes).toContainText('Nov 20, 2026');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wall-1920x1080-changes.png') });
    await page.reload();
    await expect(w.changes).toContainText('Missouri: Overdue → Current', { timeout: 30_000 });
  });
});

test.describe('wall layout and accessibility', () => {
  for (const size of [
    { width: 1920, height: 1080, minFont: 24 },
    { width: 3840, height: 2160, minFont: 44 },
  ]) {
    test(`${size.width}×${size.height}: no scrollbars, large type, every stop fits`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const w = await openWall(page, '&cycle=600&motion=off');
      await expect(w.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      const fontSize = await page.getByTestId('wall').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(size.minFont);
      for (let stop = 0; stop < 11; stop++) {
        const fit = await page.evaluate(() => {
          const doc = document.documentElement;
          const panel = document.querySelector('.wall-panel');
          const body = panel?.firstElementChild;
          const kpis = document.querySelector('.wall-kpis');
          const table = panel?.querySelector('table');
          return {
            page: doc.scrollWidth <= window.innerWidth && doc.scrollHeight <= window.innerHeight,
            kpis: !!kpis && kpis.scrollWidth <= kpis.clientWidth,
            panel: !!panel && !!body && body.scrollHeight <= panel.clientHeight,
            table: !!table && table.scrollWidth <= (table.parentElement?.clientWidth ?? 0),
            // the sample data fits at full wall type size: the shrink-to-fit fallback stays off
            fullSize: body instanceof HTMLElement && body.style.fontSize === '',
          };
        });
        expect(fit, `stop ${stop}`).toEqual({ page: true, kpis: true, panel: true, table: true, fullSize: true });
        if (SHOTS && (stop === 0 || stop === 4)) {
          await page.waitForTimeout(2_500); // let the software-rendered map finish drawing the cut
          await page.screenshot({ path: join(SHOTS, `wall-${size.width}x${size.height}-stop${stop}.png`) });
        }
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('axe: no serious or critical violations, dark and light', async ({ page }) => {
    const w = await openWall(page, '&cycle=600&motion=off');
    await expect(w.map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('ArrowRight');
    await expectNoSeriousAxeViolations(page);
    await openWall(page, '&cycle=600&motion=off&theme=light&regions=9');
    await page.keyboard.press('ArrowRight');
    await expect(w.label).toHaveText('Region 9 (1 of 1)');
    await expectNoSeriousAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wall-1920x1080-light-region9.png') });
  });
});

test.describe('regional brief', () => {
  test('?mode=brief&region=6 is one printable Letter landscape page with the region, contacts and date', async ({ page }, info) => {
    await page.goto('/?mode=brief&region=6');
    await expect(page.getByRole('heading', { level: 1, name: /Region 6 brief/ })).toBeVisible();
    const table = page.getByRole('table');
    for (const name of ['Arkansas', 'Louisiana', 'New Mexico', 'Oklahoma', 'Texas']) {
      await expect(table.getByRole('rowheader', { name })).toBeVisible();
    }
    await expect(table.getByRole('row')).toHaveCount(6);
    await expect(page.getByText(/Data as of Nov 20, 2026/)).toBeVisible();
    await expect(page.getByText('Sample data', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Map of Region 6 by SCIP status.*Texas/ })).toBeVisible();
    const contacts = page.getByRole('region', { name: 'Emergency Communications Coordinators' });
    expect(await contacts.getByRole('article').count(), 'coordinator contact cards').toBeGreaterThanOrEqual(2);
    await expectNoSeriousAxeViolations(page);

    const pdfPath = SHOTS ? join(SHOTS, 'brief-region6.pdf') : info.outputPath('brief-region6.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'Letter', landscape: true, printBackground: true, preferCSSPageSize: true });
    const pdf = readFileSync(pdfPath, 'latin1');
    expect(/\/Type\s*\/Pages\b[^>]*\/Count\s+(\d+)/.exec(pdf)?.[1] ?? /\/Count\s+(\d+)/.exec(pdf)?.[1], 'PDF pages').toBe('1');
    if (SHOTS) {
      await page.setViewportSize({ width: 979, height: 739 }); // Letter landscape inside 0.4in margins at 96 dpi
      await page.screenshot({ path: join(SHOTS, 'brief-region6-print.png'), fullPage: true });
    }
  });

  test('without a valid region the brief explains why and offers the ten regions', async ({ page }) => {
    await page.goto('/?mode=brief&region=42');
    await expect(page.getByText(/Ignored region=“42”/)).toBeVisible();
    const links = page.getByRole('link', { name: /^Region \d+ · / });
    await expect(links).toHaveCount(10);
    await links.filter({ hasText: 'Region 3 ·' }).click();
    await expect(page).toHaveURL(/mode=brief&region=3/);
    await expect(page.getByRole('heading', { level: 1, name: /Region 3 brief/ })).toBeVisible();
  });
});
