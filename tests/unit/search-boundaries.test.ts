/**
 * Search at the boundaries: ZIPs whose area crosses a state (and region) line, pasted
 * addresses, county-equivalents of every kind, and what lies outside the 56.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_BY_CODE } from '../../src/data/reference';
import { createSearchEngine } from '../../src/search/engine';
import { createGazetteerSources } from '../../src/search/gazetteer-sources';
import { countyLabel } from '../../src/search/places';
import { resolvePlace, resolveQuery, type PointLocator, type Resolution } from '../../src/search/resolver';
import { loadTestGazetteer, readGazetteerFile } from './search-fixture';

const g = loadTestGazetteer();
const noPointLookup = () => {
  throw new Error('point lookup was not expected');
};
const resolve = (text: string): Resolution => resolveQuery(text, g, noPointLookup);
const regionOf = (code: string) => JURISDICTION_BY_CODE.get(code)?.regionId;

/**
 * Border ZIPs, with every state their area overlaps, the most likely (the USPS
 * post-office state) first; at least one for each pair of adjacent CISA regions that
 * a ZIP area crosses (Census 2020), and same-region pairs where the SWIC differs.
 */
const BORDER_ZIPS: ReadonlyArray<[zip: string, states: readonly string[]]> = [
  ['19973', ['DE', 'MD']], // Seaford; Region 3
  ['27048', ['NC', 'VA']], // Stoneville; Regions 3-4
  ['28675', ['NC', 'VA']], // Sparta; Regions 3-4
  ['37642', ['TN', 'VA']], // Church Hill; Regions 3-4
  ['38769', ['MS', 'AR']], // Rosedale; Regions 4-6
  ['42223', ['KY', 'TN']], // Fort Campbell; Region 4
  ['51001', ['IA', 'SD']], // Akron; Regions 7-8
  ['51023', ['IA', 'SD']], // Hawarden; Regions 7-8
  ['51360', ['IA', 'MN']], // Spirit Lake; Regions 5-7
  ['56027', ['MN', 'IA']], // Elmore; Regions 5-7
  ['56136', ['MN', 'SD']], // Hendricks; Regions 5-8
  ['56144', ['MN', 'SD']], // Jasper; Regions 5-8
  ['56164', ['MN', 'SD']], // Pipestone; Regions 5-8
  ['57034', ['SD', 'IA']], // Hudson; Regions 7-8
  ['59847', ['MT', 'ID']], // Lolo; Regions 8-10
  ['63673', ['MO', 'IL']], // Saint Mary; Regions 5-7
  ['65729', ['MO', 'AR']], // Pontiac; Regions 6-7
  ['65733', ['MO', 'AR']], // Protem; Regions 6-7
  ['65761', ['MO', 'AR']], // Theodosia; Regions 6-7
  ['72338', ['AR', 'TN']], // Frenchmans Bayou; Regions 4-6
  ['81120', ['CO', 'NM']], // Antonito; Regions 6-8
  ['81137', ['CO', 'NM']], // Ignacio; Regions 6-8
  ['83120', ['WY', 'ID']], // Freedom; Regions 8-10
  ['83127', ['WY', 'ID']], // Thayne; Regions 8-10
  ['84034', ['UT', 'NV']], // Ibapah; Regions 8-9
  ['84531', ['UT', 'AZ']], // Mexican Hat; Regions 8-9
  ['84536', ['UT', 'AZ']], // Monument Valley; Regions 8-9
  ['86044', ['AZ', 'UT']], // Tonalea; Regions 8-9
  ['86504', ['AZ', 'NM']], // Fort Defiance; Regions 6-9
  ['86514', ['AZ', 'NM', 'UT']], // Teec Nos Pos; Regions 6-8-9
  ['86515', ['AZ', 'NM']], // Window Rock; Regions 6-9
  ['87328', ['NM', 'AZ']], // Navajo; Regions 6-9
  ['89421', ['NV', 'OR']], // McDermitt; Regions 9-10
  ['89832', ['NV', 'ID']], // Owyhee; Regions 9-10
  ['97635', ['OR', 'CA']], // New Pine Creek; Regions 9-10
];

/** scripts/data/zcta-multistate.csv: ZIP → the states its ZCTA overlaps. */
function multiStateZctas(): Map<string, Set<string>> {
  const csv = readFileSync(resolvePath(import.meta.dirname, '../../scripts/data/zcta-multistate.csv'), 'utf8');
  const out = new Map<string, Set<string>>();
  for (const line of csv.trim().split(/\r?\n/).slice(1)) {
    const [zcta = '', state = ''] = line.split(',');
    out.set(zcta, (out.get(zcta) ?? new Set()).add(state));
  }
  return out;
}

const regionPairs = (states: Iterable<string>): string[] => {
  const ids = [...new Set([...states].map(regionOf))].sort((a = 0, b = 0) => a - b);
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}-${b}`));
};

describe('ZIPs across state lines', () => {
  it.each(BORDER_ZIPS)('%s lists every state it overlaps, the most likely first: %j', (zip, states) => {
    const r = resolve(zip);
    expect(r.kind).toBe('multi');
    if (r.kind !== 'multi') return;
    expect(r.parts.map((p) => p.state)).toEqual(states);
    // each part answers with its own state (and so its own region and coordinator)
    for (const part of r.parts) expect(resolvePlace(part, null)).toMatchObject({ kind: 'match', code: part.state });
    expect(r.parts.every((p) => p.detail && / County/.test(p.detail))).toBe(true);
  });

  it('the table covers every pair of adjacent regions that a ZIP area crosses', () => {
    const inData = new Set([...multiStateZctas().values()].flatMap(regionPairs));
    const inTable = new Set(BORDER_ZIPS.flatMap(([, states]) => regionPairs(states)));
    // 3-4, 4-6, 5-7, 5-8, 6-7, 6-8, 6-9, 7-8, 8-9, 8-10, 9-10: no ZIP area crosses the others
    expect(inData.size).toBe(11);
    expect([...inTable].sort()).toEqual([...inData].sort());
    expect(BORDER_ZIPS.length).toBeGreaterThanOrEqual(30);
  });

  it('every multi-state ZCTA of the Census data answers with all its states', () => {
    const zctas = multiStateZctas();
    expect(zctas.size).toBe(137);
    for (const [zip, states] of zctas) {
      const r = resolve(zip);
      expect(r.kind, zip).toBe('multi');
      if (r.kind === 'multi') expect(new Set(r.parts.map((p) => p.state)), zip).toEqual(states);
    }
  });

  it('a city whose name is on both sides of a state line lists each state', () => {
    const r = resolve('Texarkana');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.label).sort()).toEqual(['Texarkana, AR', 'Texarkana, TX']);
  });

  it('a ZIP in one state answers as before', () => {
    expect(resolve('78701')).toMatchObject({ kind: 'match', code: 'TX' });
    expect(resolve('97601')).toMatchObject({ kind: 'match', code: 'OR' });
  });

  it('answers from one shard: 97635 fetches zips-975.json and nothing else', async () => {
    const fetched: string[] = [];
    const sources = createGazetteerSources(
      (file) => {
        fetched.push(file);
        return Promise.resolve(readGazetteerFile(file));
      },
      { quietMs: 60_000 },
    );
    const noLocator = (): Promise<PointLocator> => Promise.reject(new Error('no point lookup'));
    const engine = createSearchEngine(sources, noLocator);
    const r = await engine.resolve('97635');
    expect(r.kind === 'multi' && r.parts.map((p) => p.state)).toEqual(['OR', 'CA']);
    expect(fetched).toEqual(['zips-975.json']);
    // the ZIP picked from the suggestions lists both states too, and a part answers with its own
    const [suggestion] = engine.suggest('97635');
    expect(suggestion?.label).toBe('97635 — New Pine Creek, OR');
    expect(suggestion && (await engine.resolvePlace(suggestion)).kind).toBe('multi');
    if (r.kind === 'multi' && r.parts[1]) expect(await engine.resolvePlace(r.parts[1])).toMatchObject({ kind: 'match', code: 'CA' });
  });
});

describe('addresses', () => {
  it.each([
    ['1600 Pennsylvania Ave NW, Washington, DC 20500', 'DC', 'Using ZIP 20500 from your address.'],
    ['Anchorage AK 99501', 'AK', 'Using ZIP 99501 from your address.'],
    ['78701-1234', 'TX', 'Using ZIP 78701 from your address.'],
    ['Austin, Texas', 'TX', 'Using the city Austin, TX from your address.'],
    ['austin tx 78701', 'TX', 'Using ZIP 78701 from your address.'],
    ['78701 Austin TX', 'TX', 'Using ZIP 78701 from your address.'],
    ['1600 Pennsylvania Ave NW, Washington, DC', 'DC', 'Using the city Washington, DC from your address.'],
    ['1600 Pennsylvania Ave NW Washington DC', 'DC', 'Using the city Washington, DC from your address.'],
    ['500 Main St, Springfield, IL, USA', 'IL', 'Using the city Springfield, IL from your address.'],
    ['Texas 99999', 'TX', 'Using the state Texas from your address. ZIP 99999 is not in the gazetteer.'],
    ['New Pine Creek, CA 97635', 'CA', 'Using ZIP 97635 and the state California from your address.'],
    ['Springfield, IL 99501', 'AK', 'Using ZIP 99501 from your address: it is in Alaska, not Illinois as typed.'],
  ])('%s → %s, saying “%s”', (text, code, note) => {
    expect(resolve(text)).toMatchObject({ kind: 'match', code, note });
  });
  it('a ZIP across a state line in an address lists its states when the address names none of them', () => {
    expect(resolve('Main St, New Pine Creek 97635')).toMatchObject({ kind: 'multi', note: 'Using ZIP 97635 from your address.' });
  });
});

describe('county-equivalents', () => {
  it.each([
    ['Baltimore city', 'MD', 'Baltimore city, MD', 'Independent city'],
    ['Baltimore County', 'MD', 'Baltimore County, MD', 'County'],
    ['St. Louis city', 'MO', 'St. Louis city, MO', 'Independent city'],
    ['Richmond city, VA', 'VA', 'Richmond city, VA', 'Independent city'],
    ['Orleans Parish', 'LA', 'Orleans Parish, LA', 'Parish'],
    ['Kodiak Island Borough', 'AK', 'Kodiak Island Borough, AK', 'Borough'],
    ['Bethel Census Area', 'AK', 'Bethel Census Area, AK', 'Census area'],
    ['Juneau City and Borough', 'AK', 'Juneau City and Borough, AK', 'City and borough'],
    ["Manu'a", 'AS', "Manu'a District, AS", 'District'],
    ['Manua District', 'AS', "Manu'a District, AS", 'District'],
    ['Eastern District', 'AS', 'Eastern District, AS', 'District'],
    ['St. Croix Island', 'VI', 'St. Croix Island, VI', 'Island'],
    ['Tinian Municipality', 'MP', 'Tinian Municipality, MP', 'Municipality'],
    ['Mayagüez Municipio', 'PR', 'Mayagüez Municipio, PR', 'Municipio'],
    ['Mayaguez municipio', 'PR', 'Mayagüez Municipio, PR', 'Municipio'],
  ])('%s → %s as %s (%s)', (text, code, label, kindLabel) => {
    expect(resolve(text)).toMatchObject({ kind: 'match', code, place: { kind: 'county', label, kindLabel } });
  });

  it('Mayagüez and Mayaguez, accents optional, are in Puerto Rico and spelt as Puerto Rico spells it', () => {
    expect(resolve('Mayagüez')).toMatchObject({ kind: 'match', code: 'PR', place: { label: 'Mayagüez, PR' } });
    expect(resolve('Mayaguez')).toMatchObject({ kind: 'match', code: 'PR', place: { label: 'Mayagüez, PR' } });
  });

  it('has all 78 municipios of Puerto Rico and the territories’ districts, islands and municipalities', () => {
    const count = (state: string) => g.names.counties.filter((c) => c.state === state).length;
    expect(count('PR')).toBe(78);
    expect(count('VI')).toBe(3);
    expect(count('AS')).toBe(3);
    expect(count('MP')).toBe(4);
    expect(count('GU')).toBe(1);
  });

  it('finds every county-equivalent of the 56 by its full name and by its name without the suffix', () => {
    expect(g.names.counties.length).toBeGreaterThan(3200);
    for (const [i, c] of g.names.counties.entries()) {
      const full = resolveQuery(countyLabel(c), g, noPointLookup);
      expect(full.kind === 'match' && full.code, `${countyLabel(c)} (#${i})`).toBe(c.state);
      const bare = resolveQuery(`${c.name}, ${c.state}`, g, noPointLookup);
      expect(bare.kind === 'match' && bare.code, `${c.name}, ${c.state}`).toBe(c.state);
    }
  });
});

describe('outside the 56', () => {
  it.each(['APO AE 09012', 'FPO AP 96601', 'DPO AA 34001', 'Unit 2050 Box 4190, APO AP 96278-2050', '09012', '34002', '96266', 'AE'])(
    '%s is military or diplomatic mail, with a prompt for the installation',
    (text) => {
      const r = resolve(text);
      expect(r.kind).toBe('military');
      expect(r.kind === 'military' && r.message).toMatch(/belongs to no CISA region.*city and state of the installation, or its coordinates/);
    },
  );
  it('does not take Guam, Hawaii or the Marshall Islands ZIPs for military ones', () => {
    expect(resolve('96910')).toMatchObject({ kind: 'match', code: 'GU' });
    expect(resolve('96813')).toMatchObject({ kind: 'match', code: 'HI' });
  });
  it.each([
    ['Majuro', 'MH'],
    ['96960', 'MH'],
    ['Marshall Islands', 'MH'],
    ['Ebeye', 'MH'],
    ['Pohnpei', 'FM'],
    ['Federated States of Micronesia', 'FM'],
    ['Palau', 'PW'],
    ['Koror, Palau', 'PW'],
  ])('%s → the Freely Associated States answer (%s): FEMA Region 9, no SCIP', (text, code) => {
    const r = resolve(text);
    expect(r).toMatchObject({ kind: 'freely-associated', code });
    expect(r.kind === 'freely-associated' && r.message).toMatch(/FEMA Region 9.*not one of the 56 SCIP jurisdictions/);
  });
  it.each([
    ['M5V 2T6', 'Canada'],
    ['Toronto, ON', 'Canada'],
    ['Windsor, Ontario', 'Canada'],
    ['Toronto Canada', 'Canada'],
    ['Quebec', 'Canada'],
    ['Tijuana', 'Mexico'],
    ['Ensenada, Baja California', 'Mexico'],
    ['SW1A 1AA', 'the United Kingdom'],
  ])('%s is outside the regions (%s)', (text, country) => {
    expect(resolve(text)).toMatchObject({ kind: 'outside', place: null, message: expect.stringContaining(`in ${country}: outside the CISA regions`) });
  });
  it('keeps U.S. places that share a name or a word with places abroad', () => {
    expect(resolve('Santa Fe, New Mexico')).toMatchObject({ kind: 'match', code: 'NM' });
    expect(resolve('New Mexico')).toMatchObject({ kind: 'match', code: 'NM' });
    expect(resolve('Toronto, OH')).toMatchObject({ kind: 'match', code: 'OH' });
    expect(resolve('Ontario, CA')).toMatchObject({ kind: 'match', code: 'CA' });
  });
});
