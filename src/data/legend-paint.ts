/**
 * What each jurisdiction looks like under a legend: its class colour, whether it is
 * hatched as "no data", and its opacity under a legend filter. The WebGL paint
 * expression (map-style.ts) and the SVG map read the same classes through this, so the
 * two renderers can never disagree.
 */
import type { Legend } from './legend';
import { NO_DATA_COLOR } from './palette';

/** fill opacity of a shown jurisdiction, and of one a legend filter hides */
export const FILL_OPACITY = { shown: 0.92, filteredOut: 0.15 } as const;

export interface JurisdictionPaint {
  color: string;
  hatched: boolean;
  opacity: number;
}

/** Paint per code for every code the legend classifies. */
export function legendPaint(legend: Legend, visible: ReadonlySet<string> | null): Map<string, JurisdictionPaint> {
  const paint = new Map<string, JurisdictionPaint>();
  for (const c of legend.classes) {
    for (const code of c.codes) {
      const opacity = !visible || visible.has(code) ? FILL_OPACITY.shown : FILL_OPACITY.filteredOut;
      paint.set(code, { color: c.color, hatched: c.noData === true, opacity });
    }
  }
  return paint;
}

/** The paint of a code the legend does not know: drawn as no data, like the paint expression's fallback. */
export const UNKNOWN_PAINT: JurisdictionPaint = { color: NO_DATA_COLOR, hatched: true, opacity: FILL_OPACITY.shown };
