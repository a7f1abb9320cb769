import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/data/reference';
import { lookupZip } from '../../src/search/places';
import { INPUT_HELP, resolveQuery, type Resolution } from '../../src/search/resolver';
import { loadTestGazetteer } from './search-fixture';

const g = loadTestGazetteer();
/** Names and ZIPs never need point lookup; a locator that is called fails the test. */
const noPointLookup = () => {
  throw new Error('point lookup was not expected');
};
const resolve = (text: string): Resolution => resolveQuery(text, g, noPointLookup);
const codeOf = (text: string): string | null => {
  const r = resolve(text);
  return r.kind === 'match' ? r.code : null;
};

describe('states and territories', () => {
  it.each(JURISDICTIONS.map((j) => [j.name, j.code]))('%s and %s resolve to their own jurisdiction', (name, code) => {
    expect(codeOf(name)).toBe(code);
    expect(codeOf(code)).toBe(code);
    expect(codeOf(code.toLowerCase())).toBe(code);
    expect(codeOf(name.toUpperCase())).toBe(code);
  });
  it('knows common short names', () => {
    expect(codeOf('Virgin Islands')).toBe('VI');
    expect(codeOf('USVI')).toBe('VI');
    expect(codeOf('CNMI')).toBe('MP');
    expect(codeOf('Washington, D.C.')).toBe('DC');
  });
});

describe('ZIP codes', () => {
  it.each([
    ['96910', 'GU'],
    ['00901', 'PR'],
    ['99501', 'AK'],
    ['20001', 'DC'],
    ['96799', 'AS'],
    ['96950', 'MP'],
    ['00802', 'VI'],
    ['78701', 'TX'],
    ['10001', 'NY'],
  ])('%s → %s', (zip, code) => {
    expect(codeOf(zip)).toBe(code);
  });
  it('carries the ZIP and its city', () => {
    expect(lookupZip(g, '96910')?.label).toBe('96910 — Hagåtña, GU');
    expect(lookupZip(g, '96910')?.query).toBe('96910');
  });
  it('says when a ZIP is unknown or malformed', () => {
    expect(resolve('00000')).toMatchObject({ kind: 'none', message: expect.stringContaining('00000') });
    expect(resolve('1234')).toMatchObject({ kind: 'none', message: expect.stringContaining('5 digits') });
  });
  it('answers a Freely Associated States ZIP with FEMA Region 9 and no SCIP', () => {
    expect(resolve('96940')).toMatchObject({ kind: 'freely-associated', code: 'PW', message: expect.stringContaining('Region 9') });
  });
});

describe('cities and counties', () => {
  it.each([
    ['Kansas City, MO', 'MO'],
    ['Kansas City MO', 'MO'],
    ['Kansas City, Kansas', 'KS'],
    ['Travis County, TX', 'TX'],
    ['Travis County Texas', 'TX'],
    ['Travis, TX', 'TX'],
    ['Hagåtña', 'GU'],
    ['Hagatna', 'GU'],
    ['HAGATNA, GU', 'GU'],
    ['San Juan, PR', 'PR'],
    ['Saipan', 'MP'],
    ['Pago Pago', 'AS'],
    ['Charlotte Amalie', 'VI'],
    ['St. Louis, MO', 'MO'],
    ['Orleans Parish', 'LA'],
    ['Baltimore city', 'MD'],
    ['James City County', 'VA'],
    ['Doña Ana County, NM', 'NM'],
    ['Dona Ana County', 'NM'],
    ['Anchorage', 'AK'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('names the matched place', () => {
    expect(resolve('Travis, TX')).toMatchObject({ kind: 'match', place: { kind: 'county', label: 'Travis County, TX' } });
    expect(resolve('kansas city, mo')).toMatchObject({ place: { kind: 'city', label: 'Kansas City, MO', query: 'Kansas City, MO' } });
  });

  it('lists the candidates of an ambiguous name, with their states', () => {
    const r = resolve('Springfield');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    const labels = r.candidates.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Springfield, IL', 'Springfield, MA', 'Springfield, MO']));
    expect(new Set(r.candidates.map((c) => c.state)).size).toBe(r.candidates.length);

    const portland = resolve('Portland');
    expect(portland.kind === 'ambiguous' && portland.candidates.slice(0, 2).map((c) => c.label)).toEqual([
      'Portland, OR',
      'Portland, ME',
    ]);
    expect(resolve('Kansas City')).toMatchObject({ kind: 'ambiguous' });
  });

  it('every candidate resolves back to itself through its query text', () => {
    const r = resolve('Springfield');
    if (r.kind !== 'ambiguous') throw new Error('expected ambiguous');
    for (const c of r.candidates) expect(codeOf(c.query)).toBe(c.state);
  });
});

describe('misspellings and no match', () => {
  it('suggests Texas for Texsa and Mississippi for Missisipi', () => {
    const texsa = resolve('Texsa');
    expect(texsa.kind).toBe('suggest');
    expect(texsa.kind === 'suggest' && texsa.suggestions[0]?.label).toBe('Texas');
    const miss = resolve('Missisipi');
    expect(miss.kind === 'suggest' && miss.suggestions[0]?.label).toBe('Mississippi');
  });
  it('suggests the same city in the states where it exists', () => {
    const r = resolve('Kansas Citty, MO');
    expect(r.kind === 'suggest' && r.suggestions.map((p) => p.label)).toContain('Kansas City, MO');
  });
  it('explains what kinds of input work when nothing matches', () => {
    const r = resolve('zzzz');
    expect(r).toMatchObject({ kind: 'none' });
    expect(r.kind === 'none' && r.message).toContain(INPUT_HELP);
    expect(INPUT_HELP).toMatch(/state.*county.*city.*ZIP.*coordinates/);
  });
  it('asks for text when the box is empty', () => {
    expect(resolve('   ')).toMatchObject({ kind: 'none' });
  });
});
