/**
 * Vite plugin: writes the first map picture into index.html (the national SVG on the
 * region layer with its legend, inside a static copy of the app's layout), so the map is
 * on screen before any script has run and works as links without JavaScript. The app
 * replaces this shell on its first render and adopts the <svg> node (no second parse).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { SvgMapInputs } from '../src/map/svg/first-map-markup';
import { LAYER_IDS } from '../src/data/layers';
import { LAYER_TITLES } from '../src/data/legend';
import { FIRST_MAP_ID, firstMapLegend, staticLegendMarkup, svgMapMarkup } from '../src/map/svg/first-map-markup';

function readGeo(root: string): SvgMapInputs {
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve(root, 'public/geo', file), 'utf8'));
  return {
    national: read('national.json') as SvgMapInputs['national'],
    labels: read('labels.json') as SvgMapInputs['labels'],
    frames: read('inset-frames.json') as SvgMapInputs['frames'],
    regionBorders: read('region-borders.json') as SvgMapInputs['regionBorders'],
  };
}

/**
 * A static copy of the top bar's layout (same classes, same controls), so the map below it
 * sits exactly where the app will put it: nothing moves when React takes over. Without
 * JavaScript the search still works as a plain form (`?find=`, which the app answers once
 * it runs). tests/e2e/first-map.spec.ts fails if the map moves, i.e. if this copy drifts.
 */
function topbarMarkup(badge: string): string {
  const layers = LAYER_IDS.map((id) => `<option value="${id}">${LAYER_TITLES[id]}</option>`).join('');
  return (
    `<header class="topbar"><div class="brand"><h1>Regional Coordination Map</h1><p class="tagline">Emergency communications · CISA regions, SCIP status, coordinators</p></div>${badge}` +
    `<div class="find"><form role="search" aria-label="Find your coordinator" class="find-form" method="get"><label for="boot-find" class="find-label">Find your coordinator</label>` +
    `<div class="find-row"><div class="find-combobox"><input id="boot-find" name="find" placeholder="State, county, city, ZIP or lat, lon" type="text" autocomplete="off"></div>` +
    `<button type="submit" class="find-submit">Find</button><button type="button" class="find-locate" disabled>Use my location</button></div></form></div>` +
    `<div class="toolbar" role="group" aria-label="View options"><label class="field"><span>Layer</span><select name="layer" disabled>${layers}</select></label>` +
    `<div class="segmented" role="group" aria-label="Show as"><button type="button" aria-pressed="true">Map</button><button type="button" aria-pressed="false" disabled>Table</button></div>` +
    `<button type="button" disabled>Export PNG</button><span class="action-status is-idle"></span>` +
    `<span class="copy-link"><button type="button" disabled>Copy link</button></span><a class="button-link" href="?mode=wall">Wall display</a>` +
    `<button type="button" aria-pressed="false" disabled>Dark theme</button><button type="button" disabled>Keyboard shortcuts <kbd aria-hidden="true">?</kbd></button></div>` +
    `<div class="topbar-account"><div class="account"><button type="button" class="account-toggle" disabled>Sign in</button></div></div></header>`
  );
}

export function shellMarkup(inputs: SvgMapInputs, sample: boolean): string {
  const legend = firstMapLegend();
  const badge = sample ? '<span class="sample-badge" title="Fictional people, phones, emails and statuses">Sample data</span>' : '';
  return (
    `<div class="app boot-shell">` +
    topbarMarkup(badge) +
    `<div class="data-status"><span>Loading dataset…</span></div>` +
    `<main class="workspace"><section class="map-area" aria-label="Map"><div class="map-frame"><div class="map-canvas-wrap">` +
    `<div class="svg-map-layer" id="${FIRST_MAP_ID}">${svgMapMarkup(inputs, legend)}</div>` +
    `</div>${staticLegendMarkup(legend)}</div></section>` +
    `<aside id="details" class="details" aria-label="Details"><p class="page-loading">Loading the dashboard… Choose a state on the map to open it.</p></aside>` +
    `</main></div>`
  );
}

export function firstMapPlugin(): Plugin {
  let root = process.cwd();
  let sample = true;
  return {
    name: 'first-map',
    configResolved(config) {
      root = config.root;
      const env = config.env as Record<string, string | undefined>;
      // the same rule as src/api/config.ts: a real API turns the mock (and its sample badge) off
      sample = env.VITE_USE_MOCKS ? env.VITE_USE_MOCKS === 'true' : !env.VITE_API_BASE_URL;
    },
    transformIndexHtml(html) {
      return html.replace('<div id="root"></div>', `<div id="root">${shellMarkup(readGeo(root), sample)}</div>`);
    },
  };
}
