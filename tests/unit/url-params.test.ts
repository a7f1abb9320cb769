import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/url/url-params';

describe('URL state', () => {
  it('round-trips a full view through the query string', () => {
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      state: 'TX',
      layer: 'scip',
      view: 'table',
      filter: 'overdue,update-due',
      find: 'Travis County, TX',
    };
    const query = serializeUrlState(s);
    expect(query).toBe('?state=TX&layer=scip&filter=overdue%2Cupdate-due&view=table&find=Travis+County%2C+TX');
    expect(parseUrlState(query)).toEqual({ state: s, notices: [] });
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips the wall parameters', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, mode: 'wall', cycle: 2, regions: [1, 4, 9], refresh: 0.5, theme: 'light', motion: 'off' };
    expect(parseUrlState(serializeUrlState(s)).state).toEqual(s);
  });

  it('round-trips a region comparison, and writes it only with its region', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, region: 4, compare: ['GA', 'AL'] };
    expect(serializeUrlState(s)).toBe('?region=4&compare=GA%2CAL');
    expect(parseUrlState(serializeUrlState(s))).toEqual({ state: s, notices: [] });
    expect(parseUrlState('?region=4&compare=ga,%20al,GA').state.compare).toEqual(['GA', 'AL']);
    expect(serializeUrlState({ ...s, region: null })).toBe('');
  });

  it.each([
    ['?compare=GA,AL', /add region=N/],
    ['?region=4&compare=GA,ZZ', /two-letter jurisdiction codes/],
    ['?region=4&compare=GA,TX', /Region 4 only/],
  ])('ignores compare with a notice for %s', (query, why) => {
    const { state, notices } = parseUrlState(query);
    expect(state.compare).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
  });

  it('round-trips a close zoom on a state, and writes it only with its state', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, state: 'AK', zoom: true };
    expect(serializeUrlState(s)).toBe('?state=AK&zoom=on');
    expect(parseUrlState('?state=AK&zoom=on')).toEqual({ state: s, notices: [] });
    expect(serializeUrlState({ ...s, state: null })).toBe('');
  });

  it.each([
    ['?zoom=on', /add state=XX/],
    ['?state=TX&zoom=yes', /use on or off/],
  ])('ignores zoom with a notice for %s', (query, why) => {
    const { state, notices } = parseUrlState(query);
    expect(state.zoom).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
  });

  it('accepts lower-case state codes', () => {
    expect(parseUrlState('?state=gu').state.state).toBe('GU');
  });

  it.each([
    ['?state=ZZ', 'state'],
    ['?region=11', 'region'],
    ['?region=abc', 'region'],
    ['?layer=bogus', 'layer'],
    ['?view=globe', 'view'],
    ['?cycle=-3', 'cycle'],
    ['?regions=1,42', 'regions'],
    ['?theme=neon', 'theme'],
  ])('falls back with a notice for %s', (query, name) => {
    const { state, notices } = parseUrlState(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(name);
    const key = name as keyof UrlState;
    expect(state[key]).toEqual(DEFAULT_URL_STATE[key]);
  });

  it('keeps valid parameters when another is bad', () => {
    const { state, notices } = parseUrlState('?state=ZZ&layer=scip');
    expect(state.layer).toBe('scip');
    expect(state.state).toBeNull();
    expect(notices[0]).toMatch(/national view/);
  });
});
