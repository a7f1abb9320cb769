/**
 * Every way people name one of the 56 jurisdictions: official name, USPS code, and
 * common short forms. Keys are in `normaliseName` form.
 */
import { JURISDICTIONS, type JurisdictionRef } from '../data/reference';
import { normaliseName } from './normalise';

const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  DC: ['Washington DC', 'Washington D.C.', 'D.C.', 'District of Columbia'],
  VI: ['Virgin Islands', 'US Virgin Islands', 'United States Virgin Islands', 'USVI'],
  MP: ['Commonwealth of the Northern Mariana Islands', 'Mariana Islands', 'CNMI', 'Northern Marianas'],
  AS: ['Samoa'],
  PR: ['Commonwealth of Puerto Rico'],
};

/** normalised name/code/alias → jurisdiction */
export const STATE_BY_KEY: ReadonlyMap<string, JurisdictionRef> = (() => {
  const map = new Map<string, JurisdictionRef>();
  for (const j of JURISDICTIONS) {
    map.set(normaliseName(j.name), j);
    map.set(j.code.toLowerCase(), j);
    for (const extra of EXTRA_NAMES[j.code] ?? []) map.set(normaliseName(extra), j);
  }
  return map;
})();

/** Names (not codes) for typo suggestions: a two-letter code is too short to correct. */
export const STATE_NAME_KEYS: ReadonlyArray<[string, JurisdictionRef]> = [...STATE_BY_KEY].filter(
  ([key]) => key.length > 2,
);

/** The longest state name in words, so the parser knows how far back to look for one. */
export const MAX_STATE_WORDS = Math.max(...[...STATE_BY_KEY.keys()].map((k) => k.split(' ').length));
