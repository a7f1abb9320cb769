/**
 * Address-shaped text ("1600 Pennsylvania Ave NW, Washington, DC 20500", "Anchorage AK
 * 99501", "Austin TX 78701-1234"): picks out a ZIP (or ZIP+4), a state (name or code)
 * and the words that may name the city, in any order of "city, state ZIP", commas
 * optional. Pure, and it runs in the browser: nothing typed is sent anywhere.
 */
import { foldText, normaliseName } from './normalise';
import type { Reading } from './parse-query';
import { MAX_STATE_WORDS, STATE_BY_KEY } from './state-names';

export interface AddressParts {
  /** the last 5-digit group that stands alone (house numbers come first), without its +4 */
  zip: string | null;
  /** the state named at the end (before the ZIP) */
  state: string | null;
  /** the city candidates, longest first: the words just before the state */
  readings: Reading[];
  /** every word, normalised, ZIP removed: for spotting "APO"/"AE" */
  words: string[];
}

const ZIP_IN_TEXT = /(?<![\d-])(\d{5})(?:-\d{4})?(?!\d)/g;
/** A trailing country name adds nothing: the 56 are all "USA". */
const COUNTRY_WORDS = /(?:,|\s)\s*(?:usa|u\s*s\s*a|us|united states(?: of america)?)\s*$/;
/** the longest city name to try, in words ("Rancho Santa Margarita", "Lake Havasu City") */
const MAX_CITY_WORDS = 4;

/** More than a name: a ZIP beside other words, a house number first, or three comma-separated parts. */
export function looksLikeAddress(text: string): boolean {
  const zips = [...text.matchAll(ZIP_IN_TEXT)];
  if (zips.length > 0 && text.trim() !== zips[0]?.[0]) return true;
  return /^\s*\d+[a-z]?\s+\S/i.test(text) || (text.match(/,/g)?.length ?? 0) >= 2;
}

/**
 * Every way the words can end with a state, longest state name first ("… Washington DC"
 * is the state "Washington DC" after the street, or the city Washington before "DC"):
 * the state and the words before it. Empty when no state ends the words.
 */
function trailingStates(words: readonly string[]): Array<{ state: string; before: string[] }> {
  const out: Array<{ state: string; before: string[] }> = [];
  for (let k = Math.min(MAX_STATE_WORDS, words.length); k >= 1; k--) {
    const code = STATE_BY_KEY.get(words.slice(-k).join(' '))?.code;
    if (code) out.push({ state: code, before: words.slice(0, -k) });
  }
  return out;
}

export function parseAddress(text: string): AddressParts {
  const zips = [...text.matchAll(ZIP_IN_TEXT)];
  const last = zips[zips.length - 1];
  const zip = last?.[1] ?? null;
  const withoutZip = last?.index !== undefined ? text.slice(0, last.index) + text.slice(last.index + last[0].length) : text;
  const folded = foldText(withoutZip).replace(COUNTRY_WORDS, '');
  const segments = folded
    .split(',')
    .map(normaliseName)
    .filter((s) => s !== '');

  // The state is the last part, or the last words of it ("anchorage ak"); the city comes just before.
  const lastSegment = segments[segments.length - 1]?.split(' ') ?? [];
  const previous = segments[segments.length - 2]?.split(' ') ?? [];
  const splits: Array<{ state: string | null; before: string[] }> = trailingStates(lastSegment).map(({ state, before }) => ({
    state,
    before: before.length > 0 ? before : previous,
  }));
  const state = splits[0]?.state ?? null;
  if (splits.length === 0) splits.push({ state: null, before: lastSegment });

  const readings: Reading[] = [];
  for (const split of splits) {
    for (let k = Math.min(MAX_CITY_WORDS, split.before.length); k >= 1; k--) {
      const place = split.before.slice(-k).join(' ');
      if (!/^\d/.test(place) && !readings.some((r) => r.place === place && r.state === split.state)) {
        readings.push({ place, state: split.state });
      }
    }
  }
  return { zip, state, readings, words: normaliseName(withoutZip).split(' ').filter((w) => w !== '') };
}
