import { describe, expect, it } from 'vitest';
import type { JurisdictionFeatureCollection } from '../../src/geo/boundaries';
import { createJurisdictionIndex } from '../../src/geo/point-lookup';
import { JURISDICTIONS } from '../../src/data/reference';
import { OUTSIDE_MESSAGE, resolvePlace, resolveQuery, pointPlace } from '../../src/search/resolver';
import { loadTestGazetteer, readPublicJson } from './search-fixture';

const g = loadTestGazetteer();
const index = createJurisdictionIndex(readPublicJson('geo/jurisdictions.json') as JurisdictionFeatureCollection);
const locate = (lon: number, lat: number) => index.jurisdictionAt(lon, lat);

describe('coordinates → jurisdiction (true geography)', () => {
  it.each([
    ['40.7128, -74.0060', 'NY'],
    ['40.7128 N 74.0060 W', 'NY'],
    ['40.7128°N, 74.0060°W', 'NY'],
    ['30.2672, -97.7431', 'TX'],
    ['61.2181, -149.9003', 'AK'],
    ['21.3069, -157.8583', 'HI'],
    ['13.4443, 144.7937', 'GU'],
    ['18.4655, -66.1057', 'PR'],
    ['-14.2756, -170.7020', 'AS'],
    ['38.8977, -77.0365', 'DC'],
  ])('%s → %s', (text, code) => {
    expect(resolveQuery(text, g, locate)).toMatchObject({ kind: 'match', code, place: { kind: 'point' } });
  });

  it('puts 0, 0 outside the CISA regions', () => {
    expect(resolveQuery('0, 0', g, locate)).toEqual({
      kind: 'outside',
      message: OUTSIDE_MESSAGE,
      place: expect.objectContaining({ kind: 'point', label: '0, 0' }),
    });
    expect(OUTSIDE_MESSAGE).toBe('That location is outside the CISA regions (the 50 states, DC and 5 territories).');
  });

  it('puts Toronto and Mexico City outside', () => {
    expect(resolveQuery('43.6532, -79.3832', g, locate).kind).toBe('outside');
    expect(resolveQuery('19.4326, -99.1332', g, locate).kind).toBe('outside');
  });

  it('agrees with the state a ZIP carries, for a ZIP centroid in each jurisdiction', () => {
    // Each ZIP knows its state; its centroid should land in the same polygon (allowing for a
    // few coastal/boundary ZIPs whose point sits just outside, so sample one inland ZIP each).
    const samples: Record<string, string> = {
      TX: '78701', MO: '65101', GU: '96910', PR: '00901', AK: '99501', DC: '20001', NY: '12207', CO: '80202',
    };
    for (const [code, zip] of Object.entries(samples)) {
      const z = resolveQuery(zip, g, null);
      if (z.kind !== 'match') throw new Error(`${zip} did not match`);
      expect(resolvePlace({ ...z.place, state: null }, locate)).toMatchObject({ kind: 'match', code });
    }
  });

  it('finds every jurisdiction from a point inside it', () => {
    // The county centroids of each jurisdiction: most should fall inside it.
    for (const j of JURISDICTIONS) {
      const counties = g.names.counties.filter((c) => c.state === j.code);
      const inside = counties.filter((c) => locate(c.lon, c.lat) === j.code).length;
      expect(inside / counties.length, j.code).toBeGreaterThan(0.9);
    }
  });

  it('needs a locator only for bare points', () => {
    expect(resolvePlace(pointPlace({ lat: 40, lon: -100 }), null).kind).toBe('none');
  });
});
