import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/data/reference';
import { GazetteerFormatError, parsePlacesAsset, parseZipAsset } from '../../src/search/gazetteer';
import { lookupZip, placeById } from '../../src/search/places';
import { deltaDecode, deltaEncode, runDecode, runEncode } from '../../src/search/gazetteer-format';
import { suggest } from '../../src/search/suggest';
import { loadTestGazetteer, publicPath } from './search-fixture';

const g = loadTestGazetteer();

describe('gazetteer assets', () => {
  it('stay within the 400 KB gzip budget', () => {
    const gz = ['zips.json', 'places.json'].map((f) => gzipSync(readFileSync(publicPath(`gazetteer/${f}`)), { level: 9 }).length);
    expect(gz.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400 * 1024);
  });

  it('cover all 56 jurisdictions with ZIPs, cities and counties', () => {
    for (const j of JURISDICTIONS) {
      const stateIndex = g.states.indexOf(j.code);
      expect(g.zipState.includes(stateIndex), `${j.code} ZIPs`).toBe(true);
      expect(g.cities.some((c) => c.state === j.code), `${j.code} cities`).toBe(true);
      expect(g.counties.some((c) => c.state === j.code), `${j.code} counties`).toBe(true);
    }
  });

  it('places every city at the centroid of its ZIPs, inside its state’s rough bounds', () => {
    for (const c of g.cities) {
      expect(c.zipCount).toBeGreaterThan(0);
      expect(Math.abs(c.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
    }
    const anchorage = g.cities.find((c) => c.name === 'Anchorage' && c.state === 'AK');
    expect(anchorage?.lat).toBeCloseTo(61.2, 0);
  });

  it('rejects assets of another shape or version', () => {
    expect(() => parseZipAsset({ v: 99 })).toThrow(GazetteerFormatError);
    expect(() => parseZipAsset('<!doctype html>')).toThrow(GazetteerFormatError);
    expect(() => parsePlacesAsset({ v: 1, states: [], cities: {}, counties: {}, aliases: [] })).toThrow(GazetteerFormatError);
  });

  it('round-trips the column encodings', () => {
    const values = [0, 5, 5, 5, -3, 12, 12];
    expect(deltaDecode(deltaEncode(values))).toEqual(values);
    expect(runDecode(runEncode(values))).toEqual(values);
  });

  it('finds places by id', () => {
    const zip = lookupZip(g, '99501');
    expect(zip && placeById(g, zip.id)).toEqual(zip);
    expect(placeById(g, 'state:TX')?.label).toBe('Texas');
    expect(placeById(g, 'county:48453')?.label).toBe('Travis County, TX');
    expect(placeById(g, 'nonsense')).toBeNull();
  });
});

describe('suggest', () => {
  const labels = (text: string) => suggest(text, g).map((p) => p.label);

  it('completes names as they are typed, best first', () => {
    expect(labels('Tex')[0]).toBe('Texas');
    expect(labels('kansas city, m')).toEqual(['Kansas City, MO']);
    expect(labels('travis c')).toContain('Travis County, TX');
    expect(labels('Hagåt')).toContain('Hagåtña, GU');
    expect(labels('hagat')).toContain('Hagåtña, GU');
  });
  it('lists ZIPs by prefix', () => {
    const zips = suggest('9691', g);
    expect(zips[0]?.query).toBe('96910');
    expect(zips.every((p) => p.kind === 'zip' && p.query.startsWith('9691'))).toBe(true);
  });
  it('offers coordinates as one place', () => {
    expect(suggest('40.7128, -74.0060', g)).toMatchObject([{ kind: 'point', label: '40.7128, -74.006' }]);
  });
  it('never repeats a label and caps the list', () => {
    for (const text of ['sa', 'spring', 'saipan', 'carson city']) {
      const l = labels(text);
      expect(new Set(l).size).toBe(l.length);
      expect(l.length).toBeLessThanOrEqual(8);
    }
  });
  it('says nothing for one letter or junk', () => {
    expect(suggest('t', g)).toEqual([]);
    expect(suggest('zzzz', g)).toEqual([]);
  });
});
