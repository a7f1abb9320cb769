/**
 * One normal form for every name the search compares: the gazetteer build and the
 * query parser both call `normaliseName`, so "Hagåtña", "HAGATNA" and "hagatna" meet,
 * and "St. Louis" meets the ZIP data's "Saint Louis".
 */

/** Abbreviations the ZIP data spells out (and people do not). Applied to whole words only. */
const WORD_EXPANSIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  ft: 'fort',
  mt: 'mount',
  pt: 'point',
};

/** Lower-case, strip diacritics, drop apostrophes and dots, collapse the rest to single spaces. */
export function foldText(text: string): string {
  // Most names are plain ASCII; NFKD is the costly step when decoding 30,000 of them.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim();
}

/**
 * The comparison key of a place name: folded, no commas, abbreviations expanded.
 * The last word is never expanded: "Helena MT" ends with a state code, not "Mount".
 */
export function normaliseName(text: string): string {
  const words = foldText(text)
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.map((w, i) => (i < words.length - 1 ? (WORD_EXPANSIONS[w] ?? w) : w)).join(' ');
}

/** Words that name a county-equivalent rather than being part of its name. */
export const COUNTY_SUFFIXES: readonly string[] = [
  'city and borough',
  'census area',
  'municipality',
  'municipio',
  'borough',
  'county',
  'parish',
  // American Samoa's districts, the Virgin Islands' islands
  'district',
  'island',
  // independent cities (Baltimore city, Richmond city): only meaningful for county-equivalents
  'city',
];

/** Splits "travis county" into { base: "travis", suffix: "county" }; suffix null when none. */
export function splitCountySuffix(normalised: string): { base: string; suffix: string | null } {
  for (const suffix of COUNTY_SUFFIXES) {
    if (normalised.endsWith(` ${suffix}`)) {
      return { base: normalised.slice(0, -suffix.length - 1), suffix };
    }
  }
  return { base: normalised, suffix: null };
}

/** Suffix words people use for one another: Alaska's boroughs and census areas, Puerto Rico's municipios. */
const SUFFIX_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['borough', 'census area', 'municipality', 'city and borough']),
  new Set(['municipio', 'municipality']),
];

/** Does a county-equivalent with this official suffix answer to a name typed with `typed`? */
export function suffixAnswersTo(official: string | null, typed: string): boolean {
  if (official === typed) return true;
  return official !== null && SUFFIX_FAMILIES.some((f) => f.has(official) && f.has(typed));
}
