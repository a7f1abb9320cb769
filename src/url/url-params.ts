/**
 * The URL is the one source of "what is shown": one codec per parameter (./codec.ts), read
 * and written in the table's order. Pure, so a test proves the round trip over every field.
 */
import { JURISDICTION_BY_CODE, isJurisdictionCode, isRegionId } from '../data/reference';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { decode, defaults, encode, ok, refuse, type CodecTable, type Decoded, type ParamCodec, type Read } from './codec';

// audit and import are the data-administration screens (src/admin), shown in the map's place
export const VIEWS = ['map', 'table', 'audit', 'import'] as const;
export type View = (typeof VIEWS)[number];
export const MODES = ['app', 'wall', 'brief'] as const;
export type Mode = (typeof MODES)[number];
export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  mode: Mode;
  state: string | null;
  /** the map is zoomed to the selected state (insets: at its true location); only with a state */
  zoom: boolean;
  region: number | null;
  /** jurisdictions ticked for side-by-side comparison in the region panel (only with a region) */
  compare: string[] | null;
  layer: LayerId;
  /** legend filter: class keys of the current layer to show; null = all */
  filter: string | null;
  view: View;
  find: string | null;
  cycle: number;
  regions: number[] | null;
  refresh: number;
  /** null = not set: the dashboard follows the system or a remembered choice, the wall is dark */
  theme: Theme | null;
  motion: 'on' | 'off';
}

export type ParsedUrl = Decoded<UrlState>;

function oneOf<T extends string, F extends T | null = T>(
  values: readonly T[],
  why: string | ((s: Readonly<UrlState>) => string),
  fallback: (s: Readonly<UrlState>) => F,
): ParamCodec<T | F, UrlState> {
  return {
    fallback,
    read: (raw, s) => {
      const found = values.find((v) => v === raw);
      return found ? ok(found) : refuse(typeof why === 'string' ? why : why(s));
    },
    write: (v) => v,
  };
}

function numberIn(min: number, max: number, unit: string, fallback: number): ParamCodec<number, UrlState> {
  return {
    fallback: () => fallback,
    read: (raw) => {
      const n = raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(n) && n >= min && n <= max ? ok(n) : refuse(`use ${min} to ${max} ${unit}; using ${fallback}`);
    },
    write: String,
  };
}

function onOff(why: string): ParamCodec<boolean, UrlState> {
  return {
    fallback: () => false,
    read: (raw): Read<boolean> => (raw === 'on' || raw === 'off' ? ok(raw === 'on') : refuse(why)),
    write: (v) => (v ? 'on' : 'off'),
  };
}

const uniqueList = (raw: string, each: (x: string) => string) => [...new Set(raw.split(',').map((x) => each(x.trim())))];

function defaultLayer(s: Readonly<UrlState>): LayerId {
  return s.mode === 'wall' ? 'scip' : 'region';
}

/** A comparison belongs to the region panel it was ticked in. */
const COMPARE_NEEDS_REGION = {
  holds: (s: Readonly<UrlState>) => s.region !== null,
  why: 'comparison belongs to a region panel; add region=N',
};

/** The table: its key order is the order parameters are read (a rule sees those before it) and written. */
export const URL_CODECS: CodecTable<UrlState> = {
  mode: oneOf(MODES, 'use wall or brief', () => 'app'),
  state: {
    fallback: () => null,
    read: (raw) => {
      const code = raw.trim().toUpperCase();
      return isJurisdictionCode(code) ? ok(code) : refuse('not one of the 56 jurisdiction codes; showing the national view');
    },
    write: (v) => v,
  },
  zoom: { ...onOff('use on or off'), needs: { holds: (s) => s.state !== null, why: 'zoom belongs to a selected state; add state=XX' } },
  region: {
    fallback: () => null,
    read: (raw) => {
      const n = Number(raw);
      return isRegionId(n) ? ok(n) : refuse('regions are numbered 1 to 10; showing the national view');
    },
    write: (v) => (v === null ? null : String(v)),
  },
  compare: {
    fallback: () => null,
    read: (raw, s) => {
      const codes = uniqueList(raw, (c) => c.toUpperCase());
      if (!codes.every(isJurisdictionCode)) return refuse('use two-letter jurisdiction codes separated by commas');
      if (s.region !== null && !codes.every((c) => JURISDICTION_BY_CODE.get(c)?.regionId === s.region)) {
        return refuse(`compare jurisdictions of Region ${s.region} only`);
      }
      return ok(codes);
    },
    write: (v) => (v?.length ? v.join(',') : null),
    needs: COMPARE_NEEDS_REGION,
  },
  // The wall's first picture is the SCIP status; the dashboard opens on the regions.
  layer: oneOf(LAYER_IDS, (s) => `unknown layer; showing “${defaultLayer(s)}”`, defaultLayer),
  filter: {
    fallback: () => null,
    read: (raw) => (/^[a-z0-9,-]{1,200}$/.test(raw) ? ok(raw) : refuse('not a legend class list')),
    write: (v) => v || null,
  },
  view: oneOf(VIEWS, 'use map, table, audit or import', () => 'map'),
  find: {
    fallback: () => null,
    read: (raw) => ok(raw.trim() === '' ? null : raw.slice(0, 200)),
    write: (v) => v || null,
  },
  cycle: numberIn(1, 3600, 'seconds', 20),
  regions: {
    fallback: () => null,
    read: (raw) => {
      const ids = uniqueList(raw, (x) => x).map(Number);
      return ids.every(isRegionId) ? ok(ids) : refuse('use region numbers 1 to 10 separated by commas; touring all regions');
    },
    write: (v) => (v?.length ? v.join(',') : null),
  },
  refresh: numberIn(0.1, 1440, 'minutes', 5),
  theme: oneOf<Theme, Theme | null>(THEMES, 'use dark or light', () => null),
  motion: oneOf(['on', 'off'] as const, 'use on or off', () => 'on'),
};

export const DEFAULT_URL_STATE: Readonly<UrlState> = defaults(URL_CODECS);

export function parseUrlState(search: string): ParsedUrl {
  return decode(URL_CODECS, search);
}

/** Writes only the fields that differ from their defaults, in a stable order. */
export function serializeUrlState(s: UrlState): string {
  return encode(URL_CODECS, s);
}
