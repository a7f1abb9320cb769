import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/url/url-params';

describe('?theme=', () => {
  it('is not set by default, so the dashboard can follow the remembered choice or the system', () => {
    expect(parseUrlState('').state.theme).toBeNull();
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });
  it('round-trips an explicit light or dark, and ignores anything else with a notice', () => {
    for (const t of ['light', 'dark'] as const) {
      const parsed = parseUrlState(`?theme=${t}`);
      expect(parsed.state.theme).toBe(t);
      expect(serializeUrlState(parsed.state)).toBe(`?theme=${t}`);
    }
    const bad = parseUrlState('?theme=neon');
    expect(bad.state.theme).toBeNull();
    expect(bad.notices).toEqual(['Ignored theme=“neon”: use dark or light.']);
  });
});
