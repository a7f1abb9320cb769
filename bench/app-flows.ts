/**
 * What a user does on the dashboard, timed in the page: the cold load to a drawn map,
 * a click on Texas, a cold ZIP search and a warm state search. Each flow throws an
 * error that says which step failed.
 */
import type { Page } from '@playwright/test';
import { armEvent, armText, waitForMark, type Session } from './browser';
import { loadMilestones, watchAppReady } from './probes';

const DETAILS_HEADING = 'aside[aria-label="Details"] h2';
const SEARCH_RESULT = 'section.find-result';
const SEARCH_LABEL = 'Find your coordinator';

export interface LoadTiming {
  ready: number;
  /** responseEnd of the entry JS and the national geometry; the map drawn with the API's data (ms since navigation start) */
  milestones: Record<string, number>;
}

/** Navigation start → national map drawn with data and legend visible (ms). */
export async function appReady(session: Session, origin: string): Promise<LoadTiming> {
  await session.page.addInitScript(watchAppReady);
  await session.page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 30_000 });
  const ready = await waitForMark(session.page, 'appReady', 60_000, 'dashboard map ready ([data-testid=map][data-ready=true] + section.legend)');
  await waitForMark(session.page, 'apiDrawn', 60_000, "map redrawn with the API's data ([data-testid=map][data-api-drawn=true])");
  return { ready, milestones: await session.page.evaluate(loadMilestones) };
}

/**
 * Click on Texas on the map → the details heading reads "Texas" (ms). The click lands on
 * the TX label's spot: labels are pointer-transparent HTML over the canvas, so the map
 * itself receives it, as with a user's click.
 */
export async function clickToPanel(page: Page): Promise<number> {
  const label = page.locator('span.map-label[data-code="TX"]');
  const box = await label.boundingBox({ timeout: 5_000 }).catch(() => null);
  if (!box) throw new Error('no TX label on the map (span.map-label[data-code="TX"])');
  await armText(page, { mark: 'panelShown', selector: DETAILS_HEADING, text: 'Texas' });
  await armEvent(page, { mark: 'mapClick', types: ['click'] });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const shown = await waitForMark(page, 'panelShown', 10_000, 'details heading "Texas" after the click');
  const clicked = await waitForMark(page, 'mapClick', 1_000, 'click event');
  return shown - clicked;
}

export interface SearchTiming {
  /** from the pointer going down on the search box (the engine starts loading on focus) */
  fromFocus: number;
  /** from the Enter key */
  fromEnter: number;
}

async function search(page: Page, text: string, expect: string, prefix: string): Promise<SearchTiming> {
  const box = page.getByRole('combobox', { name: SEARCH_LABEL });
  if ((await box.count()) === 0) throw new Error(`no combobox labelled "${SEARCH_LABEL}"`);
  await armText(page, { mark: `${prefix}Shown`, selector: SEARCH_RESULT, text: expect });
  // Whichever the browser reports first: the press on the box, or its focus.
  await armEvent(page, { mark: `${prefix}Down`, types: ['pointerdown', 'mousedown', 'focusin'] });
  await armEvent(page, { mark: `${prefix}Enter`, types: ['keydown'], key: 'Enter' });
  await box.click({ timeout: 5_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  const shown = await waitForMark(page, `${prefix}Shown`, 15_000, `search result showing "${expect}" for "${text}"`);
  const down = await waitForMark(page, `${prefix}Down`, 1_000, 'press or focus on the search box');
  const enter = await waitForMark(page, `${prefix}Enter`, 1_000, 'Enter keydown');
  return { fromFocus: shown - down, fromEnter: shown - enter };
}

/** Cold gazetteer: the first search of the page, a ZIP in Guam. */
export const firstZipSearch = (page: Page) => search(page, '96910', 'Guam', 'zip');
/** Warm: a second search in the same page, by state name. */
export const stateNameSearch = (page: Page) => search(page, 'Texas', 'Texas', 'state');
