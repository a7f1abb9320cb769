/**
 * What lies outside the 56 jurisdictions but gets typed anyway, each with its own
 * answer: military and diplomatic mail (APO/FPO/DPO), the Freely Associated States
 * (in FEMA Region 9's area, no SCIP), and places in other countries. Pure; names are
 * compared in `normaliseName` form.
 */
import { normaliseName } from './normalise';

/** USPS "states" of military mail: Armed Forces Americas, Europe, Pacific. */
export const MILITARY_STATES: ReadonlySet<string> = new Set(['aa', 'ae', 'ap']);
/** Army/Air Force, Fleet and Diplomatic post offices. */
const MILITARY_POST_OFFICES = new Set(['apo', 'fpo', 'dpo']);

/** ZIPs of military and diplomatic mail: 090–099 (AE), 340 (AA), 962–966 (AP). */
export function isMilitaryZip(zip: string): boolean {
  const prefix = Number(zip.slice(0, 3));
  return (prefix >= 90 && prefix <= 99) || prefix === 340 || (prefix >= 962 && prefix <= 966);
}

/** "APO AE 09012", "FPO AP", "AE", "Unit 2050 Box 4190 DPO AP 96278-2050". */
export function isMilitaryAddress(normalisedWords: readonly string[], zip: string | null): boolean {
  if (normalisedWords.some((w) => MILITARY_POST_OFFICES.has(w))) return true;
  const last = normalisedWords[normalisedWords.length - 1];
  // A lone "AE"/"AP"/"AA", or one next to a ZIP: anywhere else the letters may be a word.
  if (normalisedWords.length === 1 && last !== undefined && MILITARY_STATES.has(last)) return true;
  return zip !== null && last !== undefined && MILITARY_STATES.has(last);
}

export type FreelyAssociatedCode = 'FM' | 'MH' | 'PW';

export const FREELY_ASSOCIATED: Readonly<Record<FreelyAssociatedCode, { name: string; names: readonly string[] }>> = {
  MH: { name: 'the Marshall Islands', names: ['Marshall Islands', 'Republic of the Marshall Islands', 'RMI'] },
  FM: { name: 'the Federated States of Micronesia', names: ['Micronesia', 'Federated States of Micronesia', 'FSM'] },
  PW: { name: 'Palau', names: ['Palau', 'Republic of Palau', 'Belau'] },
};

export const isFreelyAssociated = (code: string): code is FreelyAssociatedCode => code in FREELY_ASSOCIATED;

const FAS_BY_NAME = new Map<string, FreelyAssociatedCode>(
  (Object.keys(FREELY_ASSOCIATED) as FreelyAssociatedCode[]).flatMap((code) =>
    FREELY_ASSOCIATED[code].names.map((n): [string, FreelyAssociatedCode] => [normaliseName(n), code]),
  ),
);

/** The Freely Associated State a whole name (or its trailing words) names, or null. */
export function freelyAssociatedIn(normalised: string): FreelyAssociatedCode | null {
  const words = normalised.split(' ');
  for (let k = Math.min(5, words.length); k >= 1; k--) {
    const code = FAS_BY_NAME.get(words.slice(-k).join(' '));
    if (code) return code;
  }
  return null;
}

/** Names that mean one country whole, or as the last part after a comma ("Windsor, Ontario"). */
const REGIONS_ABROAD: ReadonlyArray<[country: string, names: readonly string[]]> = [
  ['Canada', ['Canada', 'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador',
    'Newfoundland', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Québec', 'Saskatchewan', 'Yukon',
    'Northwest Territories', 'Nunavut', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']],
  ['Mexico', ['Mexico', 'México', 'Baja California', 'Baja California Sur', 'Sonora', 'Chihuahua', 'Coahuila',
    'Nuevo Leon', 'Nuevo León', 'Tamaulipas', 'Jalisco', 'Yucatan', 'Yucatán', 'Quintana Roo', 'Oaxaca', 'Veracruz']],
];

/**
 * Cities abroad people near the borders type, written by hand; asked only when no U.S.
 * place has the name (Toronto, Kansas and Windsor, Vermont answer as themselves).
 */
const CITIES_ABROAD: ReadonlyArray<[country: string, names: readonly string[]]> = [
  ['Canada', ['Toronto', 'Montreal', 'Montréal', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg', 'Vancouver',
    'Halifax', 'Quebec City', 'Saskatoon', 'Regina', 'Whitehorse', 'Yellowknife', 'Iqaluit', 'Mississauga',
    'Brampton', 'Hamilton', 'Windsor', 'Victoria']],
  ['Mexico', ['Mexico City', 'Ciudad de Mexico', 'CDMX', 'Tijuana', 'Mexicali', 'Ensenada', 'Ciudad Juarez',
    'Ciudad Juárez', 'Juarez', 'Juárez', 'Hermosillo', 'Monterrey', 'Guadalajara', 'Nuevo Laredo', 'Reynosa',
    'Matamoros', 'Cancun', 'Cancún', 'Acapulco', 'Puebla', 'Piedras Negras', 'Ciudad Acuña', 'Ciudad Acuna']],
];

const byName = (lists: ReadonlyArray<[string, readonly string[]]>) =>
  new Map<string, string>(lists.flatMap(([country, names]) => names.map((n): [string, string] => [normaliseName(n), country])));
const REGION_COUNTRY = byName(REGIONS_ABROAD);
const CITY_COUNTRY = byName(CITIES_ABROAD);

/** Canadian (A1A 1A1) and British (SW1A 1AA) postcodes, at the end of the text: nothing of the U.S. looks like them. */
const FOREIGN_POSTCODES: ReadonlyArray<[RegExp, string]> = [
  [/(?:^|[\s,])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ -]?\d[abceghj-nprstv-z]\d$/i, 'Canada'],
  [/(?:^|[\s,])[a-z]{1,2}\d[a-z\d]?\s*\d[abd-hjlnp-uw-z]{2}$/i, 'the United Kingdom'],
];

/**
 * The country a text names outside the U.S., from its form alone: a foreign postcode,
 * or a last part that is a province, a Mexican state or the country ("Toronto, ON",
 * "Ensenada, Baja California", "Toronto Canada"), or null. The caller has ruled out the
 * 56 ("New Mexico").
 */
export function foreignCountryOf(text: string): string | null {
  const trimmed = text.trim();
  for (const [pattern, country] of FOREIGN_POSTCODES) if (pattern.test(trimmed)) return country;
  const comma = trimmed.lastIndexOf(',');
  if (comma >= 0) {
    const country = REGION_COUNTRY.get(normaliseName(trimmed.slice(comma + 1)));
    if (country) return country;
  }
  const words = normaliseName(trimmed).split(' ');
  const last = words[words.length - 1];
  if ((last === 'canada' || last === 'mexico') && words[words.length - 2] !== 'new') return last === 'canada' ? 'Canada' : 'Mexico';
  return null;
}

/** A city, province or state abroad with this whole name (asked when no U.S. place has it), or null. */
export function foreignPlaceCountry(normalised: string): string | null {
  return CITY_COUNTRY.get(normalised) ?? (normalised.length > 2 ? REGION_COUNTRY.get(normalised) : undefined) ?? null;
}
