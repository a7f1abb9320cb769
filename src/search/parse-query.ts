/**
 * What kind of thing did the user type? ZIP, coordinates, a state, an address, a place
 * name with perhaps a state after it ("Travis County, TX", "Kansas City MO",
 * "Travis County Texas"), or something outside the 56 that has its own answer
 * (military mail, the Freely Associated States, abroad). Pure; knows state names but
 * not the gazetteer.
 */
import { foldText, normaliseName } from './normalise';
import {
  foreignCountryOf,
  freelyAssociatedIn,
  isMilitaryAddress,
  isMilitaryZip,
  type FreelyAssociatedCode,
} from './outside-places';
import { looksLikeAddress, parseAddress } from './parse-address';
import { parseCoordinates, type LatLon } from './parse-coordinates';
import { MAX_STATE_WORDS, STATE_BY_KEY } from './state-names';

/** One way to read a place name: the name part and the state it was qualified with. */
export interface Reading {
  /** normalised place name, e.g. "kansas city" */
  place: string;
  /** postal code when the text named a state after the place */
  state: string | null;
}

export type ParsedQuery =
  | { kind: 'empty' }
  /** `picked`: the ZIP came with more (a +4, an address), so the answer says it used the ZIP */
  | { kind: 'zip'; zip: string; picked: boolean }
  /** an address: its ZIP, state and city candidates, most specific first */
  | { kind: 'address'; text: string; zip: string | null; state: string | null; readings: Reading[] }
  /** APO/FPO/DPO, "AE"/"AP"/"AA" or a military ZIP: no region */
  | { kind: 'military'; zip: string | null }
  /** the Marshall Islands, Micronesia or Palau, by name */
  | { kind: 'freely-associated'; code: FreelyAssociatedCode }
  /** a foreign postcode or a place named with its country or province */
  | { kind: 'abroad'; country: string }
  | { kind: 'bad-zip'; digits: string }
  | { kind: 'coordinates'; value: LatLon }
  | { kind: 'bad-coordinates'; reason: string }
  | { kind: 'state'; code: string }
  /** readings in order of preference: qualified ones first, the bare name last */
  | { kind: 'name'; text: string; readings: Reading[] };

export const MAX_QUERY_LENGTH = 200;

export function stateCodeOf(text: string): string | null {
  return STATE_BY_KEY.get(normaliseName(text))?.code ?? null;
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).trim();
  if (text === '') return { kind: 'empty' };

  const zip = /^(\d{5})(?:[-\s]?(\d{4}))?$/.exec(text);
  if (zip?.[1]) return isMilitaryZip(zip[1]) ? { kind: 'military', zip: zip[1] } : { kind: 'zip', zip: zip[1], picked: zip[2] !== undefined };
  if (/^\d+$/.test(text)) return { kind: 'bad-zip', digits: text };

  const coords = parseCoordinates(text);
  if (coords?.ok) return { kind: 'coordinates', value: coords.value };
  if (coords) return { kind: 'bad-coordinates', reason: coords.reason };

  const whole = normaliseName(text);
  if (whole === '') return { kind: 'empty' };
  const state = STATE_BY_KEY.get(whole);
  if (state) return { kind: 'state', code: state.code };
  return parseOutsideOrAddress(text, whole) ?? { kind: 'name', text, readings: readingsOf(text) };
}

/** Military mail, the Freely Associated States, abroad, or an address; null for a plain name. */
function parseOutsideOrAddress(text: string, whole: string): ParsedQuery | null {
  const address = looksLikeAddress(text) ? parseAddress(text) : null;
  const words = address?.words ?? whole.split(' ');
  const zip = address?.zip ?? null;
  if (isMilitaryAddress(words, zip) || (zip !== null && isMilitaryZip(zip))) return { kind: 'military', zip };
  const fas = freelyAssociatedIn(whole);
  if (fas) return { kind: 'freely-associated', code: fas };
  if (zip === null) {
    const country = foreignCountryOf(text);
    if (country) return { kind: 'abroad', country };
  }
  if (!address) return null;
  if (address.zip !== null && address.readings.length === 0 && address.state === null && words.length === 0) {
    return { kind: 'zip', zip: address.zip, picked: true };
  }
  return { kind: 'address', text, zip: address.zip, state: address.state, readings: address.readings };
}

function readingsOf(text: string): Reading[] {
  const readings: Reading[] = [];
  const add = (place: string, state: string | null) => {
    if (place !== '' && !readings.some((r) => r.place === place && r.state === state)) readings.push({ place, state });
  };

  // "Place, State": the part after the last comma names the state.
  const folded = foldText(text);
  const comma = folded.lastIndexOf(',');
  if (comma >= 0) {
    const code = stateCodeOf(folded.slice(comma + 1));
    if (code) add(normaliseName(folded.slice(0, comma)), code);
  }
  const beforeComma = comma >= 0 ? normaliseName(folded.slice(0, comma)) : null;

  // "Place State": try the longest trailing run of words that names a state.
  const words = normaliseName(text).split(' ');
  for (let k = Math.min(MAX_STATE_WORDS, words.length - 1); k >= 1; k--) {
    const code = STATE_BY_KEY.get(words.slice(-k).join(' '))?.code;
    if (code) add(words.slice(0, -k).join(' '), code);
  }

  add(words.join(' '), null);
  // "Travis, Texsa": an unrecognised state part should not hide the place before it.
  if (beforeComma) add(beforeComma, null);
  return readings;
}
