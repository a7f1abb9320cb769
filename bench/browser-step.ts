/**
 * The timed browser part: cold loads of the baseline and the dashboard interleaved (so a
 * busy moment of the machine hits both), and, in each dashboard load once it has
 * settled, a click on Texas and two searches.
 */
import type { Browser } from '@playwright/test';
import { appReady, clickToPanel, firstZipSearch, stateNameSearch, type LoadTiming } from './app-flows';
import { baselineReady, foreignRequests, freshSession, type Session } from './browser';
import { API_DRAWN_MILESTONE } from './probes';
import { appFirstPicture, firstInteraction, floorPicture } from './first-map-flows';
import type { MetricSpec, StepOutput } from './report';
import { errorMessage, median } from './stats';

export const BROWSER_SPECS: readonly MetricSpec[] = [
  { id: 'map.baselineReady', label: 'Bare MapLibre baseline: navigation → map idle, median', unit: 'ms' },
  { id: 'map.appReady', label: 'Dashboard: navigation → map drawn with data + legend, median', unit: 'ms' },
  { id: 'map.readyRatio', label: 'Map ready, dashboard ÷ baseline', unit: '×' },
  { id: 'map.floorPicture', label: 'd3-geo SVG floor page: navigation → its 56 shapes painted (FCP), median', unit: 'ms' },
  { id: 'map.appFirstPicture', label: 'Dashboard: navigation → first map picture (FCP; the map is in the HTML), median', unit: 'ms' },
  { id: 'map.firstPictureRatio', label: 'First map picture, dashboard ÷ SVG floor', unit: '×' },
  { id: 'ui.firstInteraction', label: 'Dashboard: navigation → click on Texas on the first picture → "Texas" panel, median', unit: 'ms' },
  { id: 'map.firstInteractionRatio', label: 'First interaction (click → panel) ÷ bare MapLibre idle', unit: '×' },
  { id: 'map.apiDrawnRatio', label: "Map redrawn with the API's data, dashboard ÷ baseline", unit: '×' },
  { id: 'ui.clickToPanel', label: 'Click on Texas → details heading "Texas", median', unit: 'ms' },
  { id: 'ui.firstZipResult', label: 'First search "96910" (cold gazetteer): focus → "Guam" shown, median', unit: 'ms' },
  { id: 'ui.stateNameResult', label: 'Second search "Texas" (warm): Enter → shown, median', unit: 'ms' },
  { id: 'browser.foreignRequests', label: 'Requests to hosts other than the preview server', unit: 'count' },
];

/** A user does not click in the same millisecond the map appears; the camera may still settle. */
const SETTLE_MS = 1_500;
/** After this many failures in a row a flow is not retried: each failure costs its timeout. */
const GIVE_UP_AFTER = 2;

class Samples {
  readonly values: number[] = [];
  readonly notes: number[] = [];
  /** per-run load milestones by name, reported as medians beside the ready time */
  readonly milestones = new Map<string, number[]>();
  error: string | null = null;
  failures = 0;

  get active(): boolean {
    return this.failures < GIVE_UP_AFTER;
  }

  /** Runs one measurement; returns its value, or null if it failed (the first error is kept). */
  async take(run: () => Promise<number | { value: number; extra: number } | LoadTiming>): Promise<number | null> {
    if (!this.active) return null;
    try {
      const got = await run();
      const value = typeof got === 'number' ? got : 'ready' in got ? got.ready : got.value;
      this.values.push(value);
      if (typeof got !== 'number' && 'extra' in got) this.notes.push(got.extra);
      if (typeof got !== 'number' && 'milestones' in got) {
        for (const [name, t] of Object.entries(got.milestones)) this.milestones.set(name, [...(this.milestones.get(name) ?? []), t]);
      }
      this.failures = 0;
      return value;
    } catch (err) {
      this.failures += 1;
      this.error ??= errorMessage(err);
      return null;
    }
  }

  result(runs: number): number | { value: number; note: string } | Error {
    if (this.values.length === 0) return new Error(this.error ?? 'no sample');
    const missing = runs - this.values.length;
    const note = [
      `${this.values.length} runs, ${Math.round(Math.min(...this.values))}–${Math.round(Math.max(...this.values))}`,
      this.notes.length ? `Enter → shown ${Math.round(median(this.notes))} ms` : '',
      ...[...this.milestones].map(([name, ts]) => `${name} at ${Math.round(median(ts))}`),
      missing > 0 ? `${missing} failed: ${this.error}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return { value: median(this.values), note };
  }
}

async function inSession<T>(browser: Browser, origin: string, run: (s: Session) => Promise<T>): Promise<T> {
  const session = await freshSession(browser, origin);
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

export async function runBrowserTimings(browser: Browser, origin: string, runs: number, log: (line: string) => void): Promise<StepOutput> {
  const baseline = new Samples();
  const app = new Samples();
  const click = new Samples();
  const zip = new Samples();
  const state = new Samples();
  const floor = new Samples();
  const picture = new Samples();
  const interaction = new Samples();

  const loadApp = (measured: boolean) =>
    inSession(browser, origin, async (s) => {
      const ready = await appReady(s, origin);
      if (!measured) return ready;
      await picture.take(() => appFirstPicture(s.page));
      await s.page.waitForTimeout(SETTLE_MS);
      await click.take(() => clickToPanel(s.page));
      await zip.take(async () => {
        const t = await firstZipSearch(s.page);
        return { value: t.fromFocus, extra: t.fromEnter };
      });
      await state.take(async () => (await stateNameSearch(s.page)).fromEnter);
      return ready;
    });
  const loadBaseline = () => inSession(browser, origin, (s) => baselineReady(s, origin));
  const loadFloor = () => inSession(browser, origin, (s) => floorPicture(s, origin));
  const loadInteraction = () => inSession(browser, origin, (s) => firstInteraction(s, origin));

  // Run 0 warms the server, the OS file cache and Chromium's process pool; it is not counted.
  for (let i = 0; i <= runs; i++) {
    const measured = i > 0;
    const order = i % 2 ? [loadBaseline, () => loadApp(measured)] : [() => loadApp(measured), loadBaseline];
    const times: string[] = [];
    for (const load of order) {
      const samples = load === loadBaseline ? baseline : app;
      if (measured) {
        const value = await samples.take(load);
        times.push(`${load === loadBaseline ? 'baseline' : 'app'} ${value === null ? 'failed' : `${Math.round(value)} ms`}`);
      } else {
        // A page that cannot load in the warm-up will not in the measured runs either.
        await load().catch((err: unknown) => {
          samples.failures += 1;
          samples.error ??= errorMessage(err);
        });
      }
    }
    // the SVG floor and the first interaction, in the same run (so the same machine noise)
    for (const [samples, load, name] of [
      [floor, loadFloor, 'floor'],
      [interaction, loadInteraction, 'first click'],
    ] as const) {
      if (!measured) {
        await load().catch(() => undefined);
        continue;
      }
      const value = await samples.take(load);
      times.push(`${name} ${value === null ? 'failed' : `${Math.round(value)} ms`}`);
    }
    log(measured ? `  run ${i}/${runs}: ${times.join(', ')}` : '  warm-up run done');
    if (!baseline.active && !app.active) break;
  }

  const ratio =
    baseline.values.length && app.values.length
      ? { value: median(app.values) / median(baseline.values), note: `medians ${Math.round(median(app.values))} / ${Math.round(median(baseline.values))} ms` }
      : new Error(`no ${baseline.values.length ? 'dashboard' : 'baseline'} sample: ${(baseline.values.length ? app : baseline).error}`);
  const apiDrawn = app.milestones.get(API_DRAWN_MILESTONE) ?? [];
  const apiDrawnRatio =
    baseline.values.length && apiDrawn.length
      ? { value: median(apiDrawn) / median(baseline.values), note: `medians ${Math.round(median(apiDrawn))} / ${Math.round(median(baseline.values))} ms` }
      : new Error(`no ${baseline.values.length ? "sample of the map with the API's data" : 'baseline sample'}`);
  const ratioOf = (num: Samples, den: Samples, what: string) =>
    num.values.length && den.values.length
      ? { value: median(num.values) / median(den.values), note: `medians ${Math.round(median(num.values))} / ${Math.round(median(den.values))} ms` }
      : new Error(`no ${num.values.length ? what : 'reference'} sample: ${(num.values.length ? den : num).error}`);
  return {
    'map.floorPicture': floor.result(runs),
    'map.appFirstPicture': picture.result(runs),
    'map.firstPictureRatio': ratioOf(picture, floor, 'first picture'),
    'ui.firstInteraction': interaction.result(runs),
    'map.firstInteractionRatio': ratioOf(interaction, baseline, 'first interaction'),
    'map.baselineReady': baseline.result(runs),
    'map.appReady': app.result(runs),
    'map.readyRatio': ratio,
    'map.apiDrawnRatio': apiDrawnRatio,
    'ui.clickToPanel': click.result(runs),
    'ui.firstZipResult': zip.result(runs),
    'ui.stateNameResult': state.result(runs),
    'browser.foreignRequests': foreignRequests.size ? new Error(`requests left the origin: ${[...foreignRequests].join(', ')}`) : 0,
  };
}
