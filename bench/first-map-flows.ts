/**
 * Issue #15's timings: the first map picture against a d3-geo SVG floor page (both as
 * first contentful paint: the map is each page's first content), and the first
 * interaction: navigation → a click on Texas on the first picture → its panel heading.
 */
import type { Page } from '@playwright/test';
import { armText, waitForMark, type Session } from './browser';

const FIRST_PICTURE_TX = '[data-svg-map="first-picture"] [data-code="TX"]';

/** First contentful paint (ms since navigation start), once the page has painted. */
async function firstContentfulPaint(page: Page, what: string): Promise<number> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000, polling: 50 });
  } catch (err) {
    throw new Error(`${what}: no first contentful paint within 30 s`, { cause: err });
  }
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

async function expectShapes(page: Page, selector: string, what: string): Promise<void> {
  const n = await page.locator(selector).count();
  if (n !== 56) throw new Error(`${what}: ${n} shapes drawn, not 56 (${selector})`);
}

/** The floor page: navigation → its SVG of the 56 painted. */
export async function floorPicture(session: Session, origin: string): Promise<number> {
  await session.page.goto(`${origin}/floor/`, { waitUntil: 'commit', timeout: 30_000 });
  const fcp = await firstContentfulPaint(session.page, 'SVG floor page');
  await session.page.locator('svg path[data-code]').nth(55).waitFor({ state: 'attached', timeout: 30_000 });
  await expectShapes(session.page, 'svg path[data-code]', 'SVG floor page');
  return fcp;
}

/** The dashboard's first picture: its HTML carries the map, so first paint is the map's. */
export async function appFirstPicture(page: Page): Promise<number> {
  const fcp = await firstContentfulPaint(page, 'dashboard');
  await expectShapes(page, '.svg-map-layer svg [data-code]', 'dashboard first picture');
  return fcp;
}

/** Navigation → click on Texas as soon as the first picture takes clicks → "Texas" heading painted. */
export async function firstInteraction(session: Session, origin: string): Promise<number> {
  const { page } = session;
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 30_000 });
  await page.locator(FIRST_PICTURE_TX).waitFor({ state: 'visible', timeout: 30_000 });
  await armText(page, { mark: 'firstPanel', selector: 'aside[aria-label="Details"] h2', text: 'Texas' });
  await page.locator(FIRST_PICTURE_TX).click({ timeout: 10_000 });
  return waitForMark(page, 'firstPanel', 15_000, 'details heading "Texas" after a click on the first picture');
}
