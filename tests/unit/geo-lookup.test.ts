import { readPublicJson } from './public-files';
import { describe, expect, it } from 'vitest';
import type { CountyRow, JurisdictionFeatureCollection, LabelAnchors } from '../../src/geo/boundaries';
import { boundsContain } from '../../src/geo/bounds';
import { nearestInDirection } from '../../src/geo/direction';
import { INSETS, insetOf, toComposite } from '../../src/geo/insets';
import type { LngLat } from '../../src/geo/insets';
import { createJurisdictionIndex } from '../../src/geo/point-lookup';

const read = <T>(file: string): T => readPublicJson(`geo/${file}`) as T;
const trueIndex = createJurisdictionIndex(read<JurisdictionFeatureCollection>('jurisdictions.json'));
const compositeIndex = createJurisdictionIndex(read<JurisdictionFeatureCollection>('national.json'), { coastToleranceKm: 0 });
const labels = read<LabelAnchors>('labels.json');

// [lat, lon] as people quote them, and the expected answer.
const KNOWN: [string, number, number, string | null][] = [
  ['New York City', 40.7128, -74.006, 'NY'],
  ['Austin', 30.2672, -97.7431, 'TX'],
  ['Anchorage', 61.2181, -149.9003, 'AK'],
  ['Attu, western Aleutians (east of 180°)', 52.93, 173.18, 'AK'],
  ['Adak, Aleutians', 51.88, -176.66, 'AK'],
  ['Honolulu', 21.3069, -157.8583, 'HI'],
  ['San Juan', 18.4655, -66.1057, 'PR'],
  ['Charlotte Amalie', 18.34, -64.93, 'VI'],
  ['Hagåtña', 13.47, 144.75, 'GU'],
  ['Saipan', 15.18, 145.75, 'MP'],
  ['Pago Pago', -14.28, -170.7, 'AS'],
  ['Washington DC', 38.9, -77.03, 'DC'],
  ['Kansas City, KS side', 39.1, -94.66, 'KS'],
  ['Null Island', 0, 0, null],
  ['mid-Atlantic', 35, -50, null],
  ['Toronto', 43.65, -79.38, null],
  ['Mexico City', 19.43, -99.13, null],
];

describe('jurisdictionAt (true geography)', () => {
  it.each(KNOWN)('%s → %s', (_name, lat, lon, expected) => {
    expect(trueIndex.jurisdictionAt(lon, lat)).toBe(expected);
  });

  it('reads any spelling of a longitude: 189.3 is Pago Pago too', () => {
    expect(trueIndex.jurisdictionAt(189.3, -14.28)).toBe('AS');
  });

  it("puts each county's point in that county's state", () => {
    const wrong = read<CountyRow[]>('counties.json').filter(([, , code, lon, lat]) => trueIndex.jurisdictionAt(lon, lat) !== code);
    expect(wrong).toEqual([]);
  });

  it('answers in well under 50 µs (median)', () => {
    // Deterministic spread of points over the lower 48 and beyond (hits and misses).
    const points: LngLat[] = Array.from({ length: 4000 }, (_, i) => [-125 + ((i * 7919) % 6000) / 100, 24 + ((i * 104729) % 2600) / 100]);
    const times = points.map(([lon, lat]) => {
      const t0 = performance.now();
      trueIndex.jurisdictionAt(lon, lat);
      return performance.now() - t0;
    });
    times.sort((a, b) => a - b);
    expect(times[times.length >> 1]! * 1000).toBeLessThan(50);
  });
});

describe('toComposite', () => {
  it('keeps lower-48 and DC points where they are', () => {
    expect(toComposite('TX', [-97.7431, 30.2672])).toEqual([-97.7431, 30.2672]);
    expect(toComposite('DC', [-77.03, 38.9])).toEqual([-77.03, 38.9]);
  });

  it('moves every known inset point into its frame, onto its own composite shape', () => {
    for (const [name, lat, lon, code] of KNOWN) {
      if (!code) continue;
      const point = toComposite(code, [lon, lat]);
      const frame = insetOf(code)?.frame;
      if (frame) expect(boundsContain(frame, point), name).toBe(true);
      // The runtime transform and the built national.json must agree.
      expect(compositeIndex.jurisdictionAt(point[0], point[1]), name).toBe(code);
    }
  });

  it('defines each inset code once', () => {
    const codes = INSETS.flatMap((i) => i.codes);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(['AK', 'AS', 'GU', 'HI', 'MP', 'PR', 'VI']);
  });
});

describe('nearestInDirection', () => {
  it.each([
    ['TX', 'right', 'LA'],
    ['TX', 'up', 'OK'],
    ['TX', 'left', 'NM'],
    ['FL', 'up', 'GA'],
    ['KS', 'right', 'MO'],
    ['KS', 'up', 'NE'],
    ['OR', 'right', 'ID'],
    ['WA', 'down', 'OR'],
    ['CA', 'down', 'AK'], // the inset row below the Southwest
    ['ME', 'right', null],
    ['WA', 'up', null],
  ] as const)('%s %s → %s', (from, dir, expected) => {
    expect(nearestInDirection(from, dir, labels.jurisdictions)).toBe(expected);
  });

  it('gives a jurisdiction below Texas (the inset row), never one above it', () => {
    const next = nearestInDirection('TX', 'down', labels.jurisdictions);
    expect(next).not.toBeNull();
    expect(labels.jurisdictions[next ?? '']![1]).toBeLessThan(labels.jurisdictions.TX![1]);
    expect(next).toBe('AS');
  });

  it('returns null for an unknown start', () => {
    expect(nearestInDirection('XX', 'up', labels.jurisdictions)).toBeNull();
  });
});
