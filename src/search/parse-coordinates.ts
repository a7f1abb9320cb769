/**
 * Latitude/longitude in the forms people paste: "40.7128, -74.0060",
 * "40.7128 N 74.0060 W", "40.7128°N, 74.0060°W", "N 40° 42′ 46″, W 74° 0′ 22″".
 * Without hemisphere letters the order is latitude then longitude (ISO 6709).
 */

export interface LatLon {
  lat: number;
  lon: number;
}

export type CoordinateParse =
  | { ok: true; value: LatLon }
  | { ok: false; reason: string }
  /** the text is not trying to be coordinates at all */
  | null;

interface Component {
  value: number;
  hemisphere: 'N' | 'S' | 'E' | 'W' | null;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const COMPONENT = new RegExp(
  String.raw`^([NSEW])?\s*([+-])?\s*(${NUMBER})\s*(?:°\s*)?(?:(${NUMBER})\s*'\s*)?(?:(${NUMBER})\s*"\s*)?([NSEW])?$`,
);

/** Characters that can appear in coordinates; anything else means "not coordinates". */
const COORDINATE_CHARS = /^[\d\s.,;°'"+\-NSEW]+$/;

function canonical(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[º˚]/g, '°')
    .replace(/[′’‘]/g, "'")
    .replace(/[″“”]|''/g, '"')
    .replace(/[−–—]/g, '-')
    .replace(/\bDEG(?:REES?)?\b/g, '°')
    .replace(/\s+/g, ' ');
}

function parseComponent(text: string): Component | null {
  const m = COMPONENT.exec(text.trim());
  if (!m) return null;
  const [, before, sign, deg, min, sec, after] = m;
  if (before && after) return null;
  if (deg === undefined) return null;
  const minutes = min === undefined ? 0 : Number(min);
  const seconds = sec === undefined ? 0 : Number(sec);
  if (minutes >= 60 || seconds >= 60) return null;
  // Minutes/seconds only make sense after whole degrees.
  if ((min !== undefined || sec !== undefined) && deg.includes('.')) return null;
  let value = Number(deg) + minutes / 60 + seconds / 3600;
  const hemisphere = (before ?? after ?? null) as Component['hemisphere'];
  if (sign === '-') value = -value;
  if (hemisphere === 'S' || hemisphere === 'W') {
    if (sign === '-') return null; // "-40 S" is a contradiction, not a double negative
    value = -value;
  }
  return { value, hemisphere };
}

/** Every way to cut the text into two components at a separator; the first that parses wins. */
function splitTwo(text: string): [Component, Component] | null {
  const separators = /,|;|\s+/g;
  const cuts: Array<[number, number]> = [];
  for (let m = separators.exec(text); m; m = separators.exec(text)) cuts.push([m.index, m.index + m[0].length]);
  // A hemisphere letter can end the first component with no separator: "40.7N74.0W".
  for (let i = 1; i < text.length - 1; i++) {
    if (/[NS]/.test(text[i] ?? '') && /[\d\s+-]/.test(text[i + 1] ?? '')) cuts.push([i + 1, i + 1]);
  }
  for (const [start, end] of cuts) {
    const left = text.slice(0, start).replace(/[,;]\s*$/, '');
    const right = text.slice(end).replace(/^\s*[,;]/, '');
    const a = parseComponent(left);
    const b = a && parseComponent(right);
    if (a && b) return [a, b];
  }
  return null;
}

const isLat = (h: Component['hemisphere']) => h === 'N' || h === 'S';
const isLon = (h: Component['hemisphere']) => h === 'E' || h === 'W';

export function parseCoordinates(input: string): CoordinateParse {
  const text = canonical(input);
  if (!COORDINATE_CHARS.test(text)) return null;
  const numbers = text.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length < 2) return null;
  // A bare 5-digit number pair like "20001 20002" is not a coordinate attempt worth parsing.
  const pair = splitTwo(text);
  if (!pair) {
    return { ok: false, reason: 'Coordinates need a latitude and a longitude, for example “40.7128, -74.0060”.' };
  }
  let [first, second] = pair;
  if (isLon(first.hemisphere) && !isLon(second.hemisphere)) [first, second] = [second, first];
  if ((isLat(first.hemisphere) && isLat(second.hemisphere)) || (isLon(first.hemisphere) && isLon(second.hemisphere))) {
    return { ok: false, reason: 'Give one latitude (N or S) and one longitude (E or W).' };
  }
  const lat = first.value;
  const lon = second.value;
  if (Math.abs(lat) > 90) {
    return { ok: false, reason: `Latitude ${lat} is out of range: it must be between -90 and 90 (latitude comes first).` };
  }
  if (Math.abs(lon) > 180) {
    return { ok: false, reason: `Longitude ${lon} is out of range: it must be between -180 and 180.` };
  }
  return { ok: true, value: { lat, lon } };
}

/** The short form used in the URL and on screen: 4 decimals is about 11 m. */
export function formatLatLon({ lat, lon }: LatLon): string {
  const r = (n: number) => String(Math.round(n * 1e4) / 1e4);
  return `${r(lat)}, ${r(lon)}`;
}
