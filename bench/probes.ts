/**
 * Timing probes that run inside the page. Every time is page-side `performance.now()`
 * (navigation start = 0) or an event's `timeStamp` (same clock), so CDP round trips and
 * the runner's own latency never enter a measurement.
 *
 * These functions are serialised into the page by Playwright: they must not close over
 * anything outside their own body.
 */

declare global {
  interface Window {
    /** named page-side times in ms since navigation start */
    __benchMarks?: Record<string, number>;
  }
}

/**
 * Init script for the dashboard: marks `appReady` the moment the map says it has drawn the
 * boundaries in their layer colours and the legend is on screen (what a user would call
 * "the map is there"; the default region layer colours from reference data until the API
 * answers), and `apiDrawn` when the map has also drawn the API's data.
 */
export function watchAppReady(): void {
  const marks = (window.__benchMarks ??= {});
  const shown = (el: Element | null) => el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const check = () => {
    if (marks.apiDrawn === undefined && document.querySelector('[data-testid="map"][data-api-drawn="true"]')) marks.apiDrawn = performance.now();
    if (marks.appReady === undefined && document.querySelector('[data-testid="map"][data-ready="true"]') && shown(document.querySelector('section.legend'))) {
      // The map's own mark (MAP_READY_MARK in src/ui/map/MapCanvas.tsx) is the idle event itself,
      // the event the baseline is timed at; data-ready follows a React render later.
      marks.appReady = performance.getEntriesByName('map:ready', 'mark')[0]?.startTime ?? performance.now();
    }
    return marks.appReady !== undefined && marks.apiDrawn !== undefined;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

export interface TextProbe {
  mark: string;
  selector: string;
  text: string;
}

/**
 * Marks `mark` at the first animation frame after an element matching `selector` shows
 * `text` (the frame that paints it). Throws if it already shows: the measurement would
 * be meaningless.
 */
export function watchText({ mark, selector, text }: TextProbe): void {
  const marks = (window.__benchMarks ??= {});
  delete marks[mark];
  const holds = () =>
    [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0 && (el.textContent ?? '').includes(text));
  if (holds()) throw new Error(`"${selector}" already shows "${text}" before the action`);
  const observer = new MutationObserver(() => {
    if (!holds()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      marks[mark] = performance.now();
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

export interface EventProbe {
  mark: string;
  /** the first event of any of these types sets the mark */
  types: string[];
  /** only keyboard events with this `key` */
  key?: string;
}

/** Marks `mark` with the timeStamp of the next event of one of `types` anywhere in the page. */
export function watchEvent({ mark, types, key }: EventProbe): void {
  const marks = (window.__benchMarks ??= {});
  delete marks[mark];
  const listener = (e: Event) => {
    if (key !== undefined && (e as KeyboardEvent).key !== key) return;
    marks[mark] = e.timeStamp;
    for (const type of types) window.removeEventListener(type, listener, true);
  };
  for (const type of types) window.addEventListener(type, listener, true);
}

export function readMark(mark: string): number | null {
  return window.__benchMarks?.[mark] ?? null;
}

/**
 * When the big pieces arrived (responseEnd, ms since navigation start), to say where a
 * slow map-ready went: the entry JS, the mock API worker's script (mock builds only), the
 * national geometry, and when the map had drawn the API's data. The baseline fetches its geometry in MapLibre's worker,
 * which the page's resource timing does not see.
 */
export const API_DRAWN_MILESTONE = 'map drawn with API data';

export function loadMilestones(): Record<string, number> {
  const kinds: [string, RegExp][] = [
    ['entry JS', /\/assets\/index-[^/]+\.js$/],
    ['mock API worker', /\/assets\/api-worker-[^/]+\.js$/],
    ['national.json', /\/geo\/national\.json$/],
  ];
  const out: Record<string, number> = {};
  for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    const path = new URL(e.name).pathname;
    const kind = kinds.find(([, re]) => re.test(path));
    if (kind) out[kind[0]] = Math.max(out[kind[0]] ?? 0, e.responseEnd);
  }
  const drawn = window.__benchMarks?.apiDrawn;
  // the literal of API_DRAWN_MILESTONE: this function runs in the page and cannot close over it
  if (drawn !== undefined) out['map drawn with API data'] = drawn;
  return out;
}
