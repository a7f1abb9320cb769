/**
 * Labels for jurisdictions too small to hold their own code at national zoom sit out
 * in the blank Atlantic (no basemap is drawn there) with a leader line, as printed
 * national maps do. Positions are composite lon/lat; the lower 48 are true geography.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';

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
 * the island territories) also get a round proxy mark under their label: it carries the
 * class colour and is a click target big enough to hit (WCAG 2.5.8 target size).
 */
export const PROXY_CODES: readonly string[] = [...Object.keys(CALLOUT_POSITIONS), 'VI', 'AS', 'GU', 'MP'];

export function proxyPoints(anchors: Readonly<Record<string, [number, number]>>): FeatureCollection<Point, { code: string }> {
  return {
    type: 'FeatureCollection',
    features: PROXY_CODES.flatMap((code) => {
      const anchor = anchors[code];
      if (!anchor) return [];
      return [{ type: 'Feature' as const, properties: { code }, geometry: { type: 'Point' as const, coordinates: labelPosition(code, anchor) } }];
    }),
  };
}
