/**
 * Text → jurisdiction. Places that carry their state (ZIPs, cities, counties) answer
 * directly; a ZIP whose ZCTA crosses a state line answers with each state's part; bare
 * points go through point-in-polygon on true geography (the caller's `locate`). An
 * address answers from its most specific part that resolves, and says which. What lies
 * outside the 56 (military mail, the Freely Associated States, abroad) has its own
 * answer. Everything the user can be told is a value here, not a thrown error.
 */
import { isJurisdictionCode, JURISDICTION_BY_CODE } from '../data/reference';
import type { Gazetteer } from './gazetteer';
import { bestPerState, didYouMean, placesFor } from './name-lookup';
import { normaliseName } from './normalise';
import { FREELY_ASSOCIATED, foreignPlaceCountry, isFreelyAssociated, type FreelyAssociatedCode } from './outside-places';
import { formatLatLon, type LatLon } from './parse-coordinates';
import { parseQuery, type ParsedQuery, type Reading } from './parse-query';
import { statePlace, zipPartPlace, zipPlace, type Place } from './places';

/** Point-in-polygon over the 56 jurisdictions: a USPS code, or null outside all of them. */
export type PointLocator = (lon: number, lat: number) => string | null;

export type Resolution =
  /** `note`: which part of the text answered ("Using ZIP 20500 from your address.") */
  | { kind: 'match'; code: string; place: Place; note?: string }
  /** a ZIP in several states: each state's part, the most likely first */
  | { kind: 'multi'; place: Place; parts: Place[]; note?: string }
  | { kind: 'outside'; place: Place | null; message: string }
  | { kind: 'military'; query: string; message: string }
  | { kind: 'freely-associated'; code: FreelyAssociatedCode; place: Place | null; message: string }
  | { kind: 'ambiguous'; query: string; candidates: Place[]; more: number; note?: string }
  | { kind: 'suggest'; query: string; suggestions: Place[]; message: string }
  | { kind: 'none'; query: string; message: string };

export const OUTSIDE_MESSAGE = 'That location is outside the CISA regions (the 50 states, DC and 5 territories).';
export const MILITARY_MESSAGE =
  'This is a military or diplomatic mail address (APO, FPO or DPO; “AA”, “AE” or “AP”; ZIPs 090–099, 340 and 962–966). ' +
  'It routes mail to U.S. forces and embassies abroad and belongs to no CISA region. ' +
  'Type the city and state of the installation, or its coordinates, instead.';
export const INPUT_HELP =
  'Try a state (Texas or TX), a county (Travis County, TX), a city (Kansas City, MO), ' +
  'a 5-digit ZIP code (78701), an address (Austin, TX 78701) or coordinates (40.7128, -74.0060).';

const MAX_CANDIDATES = 30;

export function freelyAssociatedMessage(code: FreelyAssociatedCode): string {
  const { name } = FREELY_ASSOCIATED[code];
  return (
    `${name.charAt(0).toUpperCase()}${name.slice(1)} is one of the Freely Associated States. It lies in FEMA Region 9's area, ` +
    'but it is not one of the 56 SCIP jurisdictions: there is no SCIP or SWIC for it here. Contact the Region 9 office.'
  );
}

const abroadMessage = (country: string) =>
  `That place is in ${country}: outside the CISA regions, which cover the 50 states, DC and the 5 territories.`;

export function pointPlace({ lat, lon }: LatLon, state: string | null = null): Place {
  const text = formatLatLon({ lat, lon });
  return { kind: 'point', id: `point:${text.replace(' ', '')}`, label: text, query: text, state, lat, lon, weight: 0 };
}

/** A place already chosen (a suggestion, a candidate, a location): which jurisdiction is it in? */
export function resolvePlace(place: Place, locate: PointLocator | null): Resolution {
  let code = place.state;
  if (code === null && place.lat !== null && place.lon !== null) {
    if (!locate) return { kind: 'none', query: place.query, message: 'The map boundaries are still loading. Try again in a moment.' };
    code = locate(place.lon, place.lat);
  }
  if (code !== null && isJurisdictionCode(code)) return { kind: 'match', code, place: { ...place, state: code } };
  if (code !== null && isFreelyAssociated(code)) return { kind: 'freely-associated', code, place, message: freelyAssociatedMessage(code) };
  return { kind: 'outside', place, message: OUTSIDE_MESSAGE };
}

export function resolveQuery(text: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  return resolveParsed(parseQuery(text), text.trim(), g, locate);
}

const stateName = (code: string) => JURISDICTION_BY_CODE.get(code)?.name ?? code;

/** A ZIP's answer: its state, or each state's part when its ZCTA crosses a state line; null when unknown. */
function resolveZip(g: Gazetteer, zip: string, locate: PointLocator | null): Resolution | null {
  const row = /^\d{5}$/.test(zip) ? g.zips.get(Number(zip)) : null;
  if (!row) return null;
  const place = zipPlace(row);
  if (row.parts && row.parts.length > 1) return { kind: 'multi', place, parts: row.parts.map((p) => zipPartPlace(row, p)) };
  return resolvePlace(place, locate);
}

const unknownZip = (query: string, zip: string): Resolution => ({
  kind: 'none',
  query,
  message: `ZIP code ${zip} is not in the gazetteer. Check the digits, or try the city name.`,
});

export function resolveParsed(parsed: ParsedQuery, query: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  switch (parsed.kind) {
    case 'empty':
      return { kind: 'none', query, message: `Type a place to find its coordinator. ${INPUT_HELP}` };
    case 'zip': {
      const res = resolveZip(g, parsed.zip, locate) ?? unknownZip(query, parsed.zip);
      return parsed.picked ? withNote(res, `Using ZIP ${parsed.zip} from your address.`) : res;
    }
    case 'bad-zip':
      return { kind: 'none', query, message: `“${parsed.digits}” is not a ZIP code: ZIP codes have 5 digits. ${INPUT_HELP}` };
    case 'bad-coordinates':
      return { kind: 'none', query, message: parsed.reason };
    case 'coordinates':
      return resolvePlace(pointPlace(parsed.value), locate);
    case 'state': {
      const place = statePlace(parsed.code);
      return place ? resolvePlace(place, locate) : { kind: 'none', query, message: INPUT_HELP };
    }
    case 'military':
      return { kind: 'military', query, message: MILITARY_MESSAGE };
    case 'freely-associated':
      return { kind: 'freely-associated', code: parsed.code, place: null, message: freelyAssociatedMessage(parsed.code) };
    case 'abroad':
      return { kind: 'outside', place: null, message: abroadMessage(parsed.country) };
    case 'address':
      return resolveAddress(parsed, query, g, locate);
    case 'name':
      return resolveName(parsed.readings, query, g, locate);
  }
}

function withNote(res: Resolution, note: string): Resolution {
  return res.kind === 'match' || res.kind === 'multi' || res.kind === 'ambiguous' ? { ...res, note } : res;
}

/** "Using ZIP 99501 from your address" (and, when the state typed is not the ZIP's, that it is not). */
function zipNote(zip: string, typedState: string | null, res: Resolution): string {
  const states = res.kind === 'match' ? [res.code] : res.kind === 'multi' ? res.parts.map((p) => p.state ?? '') : [];
  const first = states[0];
  if (typedState === null || first === undefined || states.includes(typedState)) return `Using ZIP ${zip} from your address.`;
  return `Using ZIP ${zip} from your address: it is in ${stateName(first)}, not ${stateName(typedState)} as typed.`;
}

const placeNote = (p: Place) => `Using the ${p.kind === 'county' ? (p.kindLabel ?? 'county').toLowerCase() : p.kind} ${p.label} from your address.`;

type AddressQuery = Extract<ParsedQuery, { kind: 'address' }>;

/** The most specific part that resolves: the ZIP, then the city (in the state typed), then the state. */
function resolveAddress(parsed: AddressQuery, query: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  const { zip, state } = parsed;
  const byZip = zip === null ? null : resolveZip(g, zip, locate);
  if (zip !== null && byZip) {
    // A ZIP across a state line, and the address names one of its states: that part.
    const part = byZip.kind === 'multi' ? byZip.parts.find((p) => p.state === state) : undefined;
    if (part) return withNote(resolvePlace(part, locate), `Using ZIP ${zip} and the state ${stateName(part.state ?? '')} from your address.`);
    return withNote(byZip, zipNote(zip, state, byZip));
  }
  for (const reading of parsed.readings) {
    const found = bestPerState(placesFor(g, reading));
    const [first] = found;
    if (!first) continue;
    if (found.length === 1) return withNote(resolvePlace(first, locate), placeNote(first));
    return { kind: 'ambiguous', query, candidates: found.slice(0, MAX_CANDIDATES), more: Math.max(0, found.length - MAX_CANDIDATES) };
  }
  const place = state === null ? null : statePlace(state);
  if (place) {
    const unknown = zip === null ? '' : ` ZIP ${zip} is not in the gazetteer.`;
    return withNote(resolvePlace(place, locate), `Using the state ${place.label} from your address.${unknown}`);
  }
  if (zip !== null) return unknownZip(query, zip);
  return { kind: 'none', query, message: `No ZIP, city or state found in “${query}”. ${INPUT_HELP}` };
}

function resolveName(readings: readonly Reading[], query: string, g: Gazetteer, locate: PointLocator | null): Resolution {
  for (const reading of readings) {
    const found = bestPerState(placesFor(g, reading));
    const [first] = found;
    if (!first) continue;
    if (found.length === 1) {
      const res = resolvePlace(first, locate);
      // "Austin, Texas": say that both parts were read.
      return reading.state !== null && first.kind === 'city' ? withNote(res, placeNote(first)) : res;
    }
    return {
      kind: 'ambiguous',
      query,
      candidates: found.slice(0, MAX_CANDIDATES),
      more: Math.max(0, found.length - MAX_CANDIDATES),
    };
  }
  const abroad = foreignPlaceCountry(normaliseName(query));
  if (abroad) return { kind: 'outside', place: null, message: abroadMessage(abroad) };
  const suggestions = didYouMean(readings, g);
  if (suggestions.length > 0) {
    return { kind: 'suggest', query, suggestions, message: `No exact match for “${query}”.` };
  }
  return { kind: 'none', query, message: `No place matches “${query}”. ${INPUT_HELP}` };
}
