/**
 * Labels for jurisdictions too small to hold their own code at national zoom sit out
 * in the blank Atlantic (no basemap is drawn there) with a leader line, as printed
 * national maps do. Positions are composite lon/lat; the lower 48 are true geography.
 */
import type { FeatureCollection, LineString } from 'geojson';

export const CALLOUT_POSITIONS: Readonly<Record<string, [number, number]>> = {
  VT: [-74.6, 47.4],
  NH: [-71.2, 47.9],
  MA: [-67.6, 42.0],
  RI: [-68.6, 40.6],
  CT: [-70.6, 39.6],
  NJ: [-71.4, 38.6],
  DE: [-72.2, 37.6],
  MD: [-72.4, 36.6],
  DC: [-73.6, 35.6],
};

export function labelPosition(code: string, anchor: [number, number]): [number, number] {
  return CALLOUT_POSITIONS[code] ?? anchor;
}

export function calloutLines(anchors: Readonly<Record<string, [number, number]>>): FeatureCollection<LineString, { code: string }> {
  return {
    type: 'FeatureCollection',
    features: Object.entries(CALLOUT_POSITIONS).flatMap(([code, to]) => {
      const from = anchors[code];
      if (!from) return [];
      return [{ type: 'Feature' as const, properties: { code }, geometry: { type: 'LineString' as const, coordinates: [from, to] } }];
    }),
  };
}

/**
 * Jurisdictions whose shapes are only a few pixels at national zoom (callout states and
 * the island territories) draw their label as a round badge in the class colour: it shows
 * the status where the shape is too small to, and is a click target big enough to hit.
 */
export const PROXY_CODES: ReadonlySet<string> = new Set([...Object.keys(CALLOUT_POSITIONS), 'VI', 'AS', 'GU', 'MP']);
