/**
 * The URL is the one source of "what is shown". Pure parse/serialise so a test can
 * prove the round trip; only non-default values are written, so links stay short.
 */
import { JURISDICTION_BY_CODE, isJurisdictionCode, isRegionId } from '../data/reference';

export const LAYER_IDS = [
  'region',
  'scip',
  'markers',
  'lane-governance',
  'lane-sop',
  'lane-technology',
  'lane-training',
  'lane-usage',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

// audit and import are the data-administration screens (src/admin), shown in the map's place
export const VIEWS = ['map', 'table', 'audit', 'import'] as const;
export type View = (typeof VIEWS)[number];
export const MODES = ['app', 'wall', 'brief'] as const;
export type Mode = (typeof MODES)[number];
export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  state: string | null;
  region: number | null;
  layer: LayerId;
  view: View;
  mode: Mode;
  find: string | null;
  /** legend filter: class keys of the current layer to show; null = all */
  filter: string | null;
  /** jurisdictions ticked for side-by-side comparison in the region panel (only with a region) */
  compare: string[] | null;
  /** the map is zoomed to the selected state (insets: at its true location); only with a state */
  zoom: boolean;
  cycle: number;
  regions: number[] | null;
  refresh: number;
  theme: Theme;
  motion: 'on' | 'off';
}

export const DEFAULT_URL_STATE: UrlState = {
  state: null,
  region: null,
  layer: 'region',
  view: 'map',
  mode: 'app',
  find: null,
  filter: null,
  compare: null,
  zoom: false,
  cycle: 20,
  regions: null,
  refresh: 5,
  theme: 'dark',
  motion: 'on',
};

export interface ParsedUrl {
  state: UrlState;
  /** one human sentence per parameter that was ignored */
  notices: string[];
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

function positiveNumber(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function parseUrlState(search: string): ParsedUrl {
  const p = new URLSearchParams(search);
  const s: UrlState = { ...DEFAULT_URL_STATE };
  const notices: string[] = [];
  const reject = (name: string, raw: string, why: string) =>
    notices.push(`Ignored ${name}=“${raw}”: ${why}.`);

  const state = p.get('state');
  if (state !== null) {
    const code = state.trim().toUpperCase();
    if (isJurisdictionCode(code)) s.state = code;
    else reject('state', state, 'not one of the 56 jurisdiction codes; showing the national view');
  }
  const region = p.get('region');
  if (region !== null) {
    const n = Number(region);
    if (isRegionId(n)) s.region = n;
    else reject('region', region, 'regions are numbered 1 to 10; showing the national view');
  }
  const layer = p.get('layer');
  if (layer !== null) {
    const l = oneOf(LAYER_IDS, layer);
    if (l) s.layer = l;
    else reject('layer', layer, `unknown layer; showing “${DEFAULT_URL_STATE.layer}”`);
  }
  const view = p.get('view');
  if (view !== null) {
    const v = oneOf(VIEWS, view);
    if (v) s.view = v;
    else reject('view', view, 'use map, table, audit or import');
  }
  const mode = p.get('mode');
  if (mode !== null) {
    const m = oneOf(MODES, mode);
    if (m) s.mode = m;
    else reject('mode', mode, 'use wall or brief');
  }
  const find = p.get('find');
  if (find !== null && find.trim() !== '') s.find = find.slice(0, 200);
  const filter = p.get('filter');
  if (filter !== null && /^[a-z0-9,-]{1,200}$/.test(filter)) s.filter = filter;
  else if (filter !== null) reject('filter', filter, 'not a legend class list');

  const compare = p.get('compare');
  if (compare !== null) {
    const codes = [...new Set(compare.split(',').map((c) => c.trim().toUpperCase()))];
    if (s.region === null) reject('compare', compare, 'comparison belongs to a region panel; add region=N');
    else if (!codes.every(isJurisdictionCode)) reject('compare', compare, 'use two-letter jurisdiction codes separated by commas');
    else if (!codes.every((c) => JURISDICTION_BY_CODE.get(c)?.regionId === s.region)) {
      reject('compare', compare, `compare jurisdictions of Region ${s.region} only`);
    } else s.compare = codes;
  }

  const zoom = p.get('zoom');
  if (zoom !== null) {
    if (zoom !== 'on' && zoom !== 'off') reject('zoom', zoom, 'use on or off');
    else if (zoom === 'on' && s.state === null) reject('zoom', zoom, 'zoom belongs to a selected state; add state=XX');
    else s.zoom = zoom === 'on';
  }

  const cycle = p.get('cycle');
  if (cycle !== null) {
    const n = positiveNumber(cycle, 1, 3600);
    if (n !== undefined) s.cycle = n;
    else reject('cycle', cycle, `use 1 to 3600 seconds; using ${DEFAULT_URL_STATE.cycle}`);
  }
  const refresh = p.get('refresh');
  if (refresh !== null) {
    const n = positiveNumber(refresh, 0.1, 1440);
    if (n !== undefined) s.refresh = n;
    else reject('refresh', refresh, `use 0.1 to 1440 minutes; using ${DEFAULT_URL_STATE.refresh}`);
  }
  const regions = p.get('regions');
  if (regions !== null) {
    const ids = regions.split(',').map((x) => Number(x.trim()));
    const unique = [...new Set(ids)];
    if (unique.length > 0 && unique.every(isRegionId)) s.regions = unique;
    else reject('regions', regions, 'use region numbers 1 to 10 separated by commas; touring all regions');
  }
  const theme = p.get('theme');
  if (theme !== null) {
    const t = oneOf(THEMES, theme);
    if (t) s.theme = t;
    else reject('theme', theme, 'use dark or light');
  }
  const motion = p.get('motion');
  if (motion !== null) {
    if (motion === 'on' || motion === 'off') s.motion = motion;
    else reject('motion', motion, 'use on or off');
  }
  return { state: s, notices };
}

/** Writes only the fields that differ from the defaults, in a stable order. */
export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (s.mode !== d.mode) p.set('mode', s.mode);
  if (s.state) p.set('state', s.state);
  if (s.state && s.zoom) p.set('zoom', 'on');
  if (s.region !== null) p.set('region', String(s.region));
  if (s.region !== null && s.compare?.length) p.set('compare', s.compare.join(','));
  if (s.layer !== d.layer) p.set('layer', s.layer);
  if (s.filter) p.set('filter', s.filter);
  if (s.view !== d.view) p.set('view', s.view);
  if (s.find) p.set('find', s.find);
  if (s.cycle !== d.cycle) p.set('cycle', String(s.cycle));
  if (s.regions) p.set('regions', s.regions.join(','));
  if (s.refresh !== d.refresh) p.set('refresh', String(s.refresh));
  if (s.theme !== d.theme) p.set('theme', s.theme);
  if (s.motion !== d.motion) p.set('motion', s.motion);
  const out = p.toString();
  return out ? `?${out}` : '';
}
