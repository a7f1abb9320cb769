import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from '../../src/search/edit-distance';
import { foldText, normaliseName, splitCountySuffix } from '../../src/search/normalise';
import { formatLatLon, parseCoordinates } from '../../src/search/parse-coordinates';
import { parseQuery } from '../../src/search/parse-query';

describe('normaliseName', () => {
  it('folds diacritics, case and punctuation', () => {
    expect(normaliseName('Hagåtña')).toBe('hagatna');
    expect(normaliseName('HAGATNA')).toBe('hagatna');
    expect(normaliseName('Doña Ana')).toBe('dona ana');
    expect(normaliseName("St. Mary's")).toBe('saint marys');
    expect(normaliseName('Ft. Worth')).toBe('fort worth');
  });
  it('keeps commas in foldText only', () => {
    expect(foldText('Kansas City,MO')).toBe('kansas city, mo');
    expect(normaliseName('Kansas City,MO')).toBe('kansas city mo');
  });
  it('splits county suffixes', () => {
    expect(splitCountySuffix('travis county')).toEqual({ base: 'travis', suffix: 'county' });
    expect(splitCountySuffix('orleans parish')).toEqual({ base: 'orleans', suffix: 'parish' });
    expect(splitCountySuffix('travis')).toEqual({ base: 'travis', suffix: null });
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('texsa', 'texas')).toBe(1);
    expect(editDistance('missisipi', 'mississippi')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('stops early past the bound', () => {
    expect(editDistance('zzzz', 'texas', 1)).toBe(2);
  });
  it('allows more typos in longer names', () => {
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });
});

describe('parseCoordinates', () => {
  const nyc = { lat: 40.7128, lon: -74.006 };
  it.each([
    '40.7128, -74.0060',
    '40.7128,-74.0060',
    '40.7128 -74.0060',
    '40.7128 N 74.0060 W',
    '40.7128N 74.0060W',
    '40.7128°N, 74.0060°W',
    '40.7128° N, 74.0060° W',
    'N 40.7128, W 74.0060',
    '74.0060 W, 40.7128 N',
    '+40.7128; -74.0060',
  ])('reads %s', (text) => {
    const r = parseCoordinates(text);
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.value.lat).toBeCloseTo(nyc.lat, 6);
      expect(r.value.lon).toBeCloseTo(nyc.lon, 6);
    }
  });
  it('reads degrees, minutes and seconds', () => {
    const r = parseCoordinates('40°42′46″N 74°0′22″W');
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.value.lat).toBeCloseTo(40.7128, 3);
      expect(r.value.lon).toBeCloseTo(-74.0061, 3);
    }
  });
  it('reads 0, 0', () => {
    expect(parseCoordinates('0, 0')).toEqual({ ok: true, value: { lat: 0, lon: 0 } });
  });
  it('rejects out-of-range and contradictory input with a reason', () => {
    expect(parseCoordinates('95, 10')).toMatchObject({ ok: false });
    expect(parseCoordinates('10, 200')).toMatchObject({ ok: false });
    expect(parseCoordinates('40 N, 70 S')).toMatchObject({ ok: false });
  });
  it('ignores text that is not coordinates', () => {
    expect(parseCoordinates('Texas')).toBeNull();
    expect(parseCoordinates('96910')).toBeNull();
  });
  it('formats to 4 decimals', () => {
    expect(formatLatLon({ lat: 40.712812345, lon: -74.00601 })).toBe('40.7128, -74.006');
  });
});

describe('parseQuery', () => {
  it('classifies input', () => {
    expect(parseQuery('  ')).toEqual({ kind: 'empty' });
    expect(parseQuery('96910')).toEqual({ kind: 'zip', zip: '96910', picked: false });
    expect(parseQuery('20001-1234')).toEqual({ kind: 'zip', zip: '20001', picked: true });
    expect(parseQuery('2000')).toEqual({ kind: 'bad-zip', digits: '2000' });
    expect(parseQuery('40.7128, -74.0060')).toMatchObject({ kind: 'coordinates' });
    expect(parseQuery('tx')).toEqual({ kind: 'state', code: 'TX' });
    expect(parseQuery('U.S. Virgin Islands')).toEqual({ kind: 'state', code: 'VI' });
  });
  it('reads a trailing state, with or without a comma', () => {
    for (const text of ['Travis County, TX', 'Travis County Texas', 'travis county tx']) {
      const q = parseQuery(text);
      expect(q.kind).toBe('name');
      if (q.kind === 'name') expect(q.readings[0]).toEqual({ place: 'travis county', state: 'TX' });
    }
  });
  it('keeps the bare name as the last reading', () => {
    const q = parseQuery('Kansas City Kansas');
    expect(q.kind === 'name' && q.readings).toEqual([
      { place: 'kansas city', state: 'KS' },
      { place: 'kansas city kansas', state: null },
    ]);
  });
});
