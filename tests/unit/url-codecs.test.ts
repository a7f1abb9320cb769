/**
 * The URL codec table, over every field: a generated round trip (fast-check), defaults that
 * depend on the mode, cross-parameter rules, and notices that never quote a whole bad value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/data/reference';
import { LAYER_IDS } from '../../src/data/layers';
import { QUOTE_LIMIT } from '../../src/url/codec';
import {
  DEFAULT_URL_STATE,
  MODES,
  THEMES,
  URL_CODECS,
  VIEWS,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/url/url-params';

const CODES = JURISDICTIONS.map((j) => j.code);
const REGION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const codesOf = (region: number) => JURISDICTIONS.filter((j) => j.regionId === region).map((j) => j.code);

/** One arbitrary per field: a field added to UrlState without one here does not compile. */
const FIELDS: { [K in keyof UrlState]: fc.Arbitrary<UrlState[K]> } = {
  mode: fc.constantFrom(...MODES),
  state: nullable(fc.constantFrom(...CODES)),
  zoom: fc.boolean(),
  region: nullable(fc.constantFrom(...REGION_IDS)),
  compare: fc.constant(null), // drawn below from the region's own jurisdictions
  layer: fc.constantFrom(...LAYER_IDS),
  filter: nullable(fc.stringMatching(/^[a-z0-9-]{1,12}(,[a-z0-9-]{1,12}){0,3}$/)),
  view: fc.constantFrom(...VIEWS),
  find: nullable(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '')),
  cycle: fc.integer({ min: 1, max: 3600 }),
  regions: nullable(fc.uniqueArray(fc.constantFrom(...REGION_IDS), { minLength: 1, maxLength: 10 })),
  refresh: fc.constantFrom(0.1, 0.5, 1, 5, 60, 1440),
  theme: nullable(fc.constantFrom(...THEMES)),
  motion: fc.constantFrom('on', 'off'),
};

/** A state a link can hold: zoom only with a state, a comparison only with its region's jurisdictions. */
const validState: fc.Arbitrary<UrlState> = fc
  .record(FIELDS)
  .chain((s) =>
    (s.region === null ? fc.constant(null) : nullable(fc.uniqueArray(fc.constantFrom(...codesOf(s.region)), { minLength: 1 }))).map(
      (compare): UrlState => ({ ...s, compare, zoom: s.state !== null && s.zoom }),
    ),
  );

describe('URL codec table', () => {
  it('has one codec per field of the state, in a fixed order', () => {
    expect(Object.keys(URL_CODECS).sort()).toEqual(Object.keys(DEFAULT_URL_STATE).sort());
    expect(Object.keys(FIELDS).sort()).toEqual(Object.keys(URL_CODECS).sort());
  });

  it('round-trips every field: parse(serialise(s)) is s, with no notice', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual({ state: s, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('writes a field only when it differs from its default', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const written = new URLSearchParams(serializeUrlState(s));
        for (const key of Object.keys(FIELDS) as (keyof UrlState)[]) {
          if (written.has(key)) expect(s[key]).not.toEqual(URL_CODECS[key].fallback(s));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and always yields a state each codec could have written, whatever the query', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(FIELDS)), fc.string({ maxLength: 20 })), (params) => {
        const { state } = parseUrlState(`?${new URLSearchParams(params)}`);
        expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('theme', () => {
  it('is null (not set) by default and when refused, and round-trips a chosen theme', () => {
    expect(DEFAULT_URL_STATE.theme).toBeNull();
    expect(parseUrlState('?theme=light').state.theme).toBe('light');
    expect(parseUrlState('?theme=dark').state.theme).toBe('dark');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, theme: 'dark' })).toBe('?theme=dark');
    const bad = parseUrlState('?theme=javascript:alert(1)');
    expect(bad.state.theme).toBeNull();
    expect(bad.notices).toEqual(['Ignored theme=“javascript:alert(1)”: use dark or light.']);
  });
});

describe('layer default depends on the mode', () => {
  it('the wall opens on SCIP status, the dashboard on regions; layer= still chooses', () => {
    expect(parseUrlState('?mode=wall').state.layer).toBe('scip');
    expect(parseUrlState('').state.layer).toBe('region');
    expect(parseUrlState('?mode=wall&layer=region').state.layer).toBe('region');
    expect(parseUrlState('?mode=wall&layer=markers').state.layer).toBe('markers');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'wall', layer: 'scip' })).toBe('?mode=wall');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'wall', layer: 'region' })).toBe('?mode=wall&layer=region');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, layer: 'scip' })).toBe('?layer=scip');
  });

  it('a bad layer falls back to the default of its mode, and says which', () => {
    const { state, notices } = parseUrlState('?mode=wall&layer=bogus');
    expect(state.layer).toBe('scip');
    expect(notices).toEqual(['Ignored layer=“bogus”: unknown layer; showing “scip”.']);
  });
});

describe('bad wall parameters fall back with a notice', () => {
  it.each([
    ['cycle=-5', 'cycle', 20, /1 to 3600 seconds/],
    ['refresh=-1', 'refresh', 5, /0.1 to 1440 minutes/],
    ['regions=0,11', 'regions', null, /region numbers 1 to 10/],
    ['theme=javascript:alert(1)', 'theme', null, /dark or light/],
    ['motion=fast', 'motion', 'on', /on or off/],
  ] as const)('?mode=wall&%s', (param, key, fallback, why) => {
    const { state, notices } = parseUrlState(`?mode=wall&layer=markers&${param}`);
    expect(state[key]).toEqual(fallback);
    expect(state.mode).toBe('wall');
    expect(state.layer).toBe('markers');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
    expect(notices[0]).toContain(`Ignored ${key}=`);
  });
});

describe('notices quote at most a short part of a bad value', () => {
  it('an 8,000-character ?state= makes a one-line notice', () => {
    const long = 'X'.repeat(8000);
    const { state, notices } = parseUrlState(`?state=${long}`);
    expect(state.state).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.length).toBeLessThan(QUOTE_LIMIT + 120);
    expect(notices[0]).toContain(`“${'X'.repeat(QUOTE_LIMIT - 1)}…”`);
  });

  it('a value up to the limit is quoted whole', () => {
    const exact = 'Y'.repeat(QUOTE_LIMIT);
    expect(parseUrlState(`?view=${exact}`).notices[0]).toContain(`“${exact}”`);
  });
});
