/**
 * National SVG as a markup string: what the build writes into index.html (a picture
 * before any script) and what print and PNG exports draw. Every text is escaped; nothing
 * here comes from the API unescaped. Shapes are links to `?state=XX`, so the map is
 * usable before (or without) JavaScript: a hover shows the name, a click or Enter selects.
 */
import type { NationalSvgGeometry } from './national-svg';

export interface ShapePaint {
  color: string;
  hatched: boolean;
  opacity: number;
}

export interface MarkupOptions {
  /** accessible name of the whole map */
  title: string;
  /** per jurisdiction code; a missing code is drawn as no data */
  paint: (code: string) => ShapePaint;
  /** tooltip text per code (native <title>) */
  describe: (code: string) => string;
  /** wrap each shape in a link to `?state=XX` */
  links: boolean;
  /** where small jurisdictions' labels sit instead of on their shape (viewBox units) */
  calloutAt?: Readonly<Record<string, [number, number]>>;
  /** codes whose label is a round badge in the class colour */
  badgeCodes?: ReadonlySet<string>;
  /** the colour under the no-data hatch */
  noDataColor?: string;
  theme?: { outline: string; regionOutline: string; frame: string; label: string; halo: string };
}

const LIGHT = { outline: '#ffffff', regionOutline: '#1b1b1b', frame: '#7a8793', label: '#111111', halo: '#ffffff' };
export const HATCH_PATTERN_ID = 'national-no-data-hatch';

/** A shape's fill: its class colour, or the hatch (drawn over the no-data colour) for no data. */
export function svgFill(p: ShapePaint): string {
  return p.hatched ? `url(#${HATCH_PATTERN_ID})` : p.color;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

function labelMarkup(code: string, [x, y]: [number, number], badge: string | null, theme: typeof LIGHT): string {
  if (badge) {
    return `<g class="svg-badge" data-label="${code}"><circle cx="${x}" cy="${y}" r="11" fill="${badge}" stroke="#1b1b1b" stroke-width="1.5"/><text x="${x}" y="${y}" dy="0.35em">${code}</text></g>`;
  }
  return `<text data-label="${code}" x="${x}" y="${y}" dy="0.35em" stroke="${theme.halo}" stroke-width="3" paint-order="stroke">${code}</text>`;
}

function calloutLeader(from: [number, number] | undefined, to: [number, number] | undefined): string {
  return from && to ? `M${from[0]} ${from[1]}L${to[0]} ${to[1]}` : '';
}

/** The whole national map as one `<svg>` element string. */
export function nationalSvgMarkup(geometry: NationalSvgGeometry, options: MarkupOptions): string {
  const theme = options.theme ?? LIGHT;
  const shapes = geometry.shapes
    .map((s) => {
      const p = options.paint(s.code);
      const fill = `<path data-code="${s.code}" d="${s.d}" data-fill="${p.color}" fill="${svgFill(p)}" fill-opacity="${p.opacity}"/>`;
      const title = `<title>${escapeXml(options.describe(s.code))}</title>`;
      return options.links
        ? `<a href="?state=${s.code}" data-state="${s.code}" aria-label="${escapeXml(options.describe(s.code))}">${title}${fill}</a>`
        : `<g data-state="${s.code}">${title}${fill}</g>`;
    })
    .join('');
  const leaders = Object.entries(options.calloutAt ?? {})
    .map(([code, to]) => calloutLeader(geometry.labels[code], to))
    .join('');
  const labels = geometry.shapes
    .map((s) => {
      const at = options.calloutAt?.[s.code] ?? geometry.labels[s.code];
      if (!at) return '';
      return labelMarkup(s.code, at, options.badgeCodes?.has(s.code) ? options.paint(s.code).color : null, theme);
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="national-svg" viewBox="0 0 ${geometry.width} ${geometry.height}" role="group" aria-label="${escapeXml(options.title)}">` +
    `<defs><pattern id="${HATCH_PATTERN_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${options.noDataColor ?? '#d9d9d9'}"/><rect width="2" height="6" fill="#3c3c3c" fill-opacity="0.8"/></pattern></defs>` +
    `<g class="svg-shapes" stroke="${theme.outline}" stroke-width="0.8" stroke-linejoin="round" vector-effect="non-scaling-stroke">${shapes}</g>` +
    `<path class="svg-region-borders" d="${geometry.regionBorders}" fill="none" vector-effect="non-scaling-stroke" stroke="${theme.regionOutline}" stroke-width="1.6" stroke-opacity="0.85" pointer-events="none"/>` +
    `<path class="svg-decor" d="${geometry.frames}${leaders}" fill="none" vector-effect="non-scaling-stroke" stroke="${theme.frame}" stroke-width="1" pointer-events="none"/>` +
    `<g class="svg-labels" fill="${theme.label}" font-size="11" font-weight="700" text-anchor="middle" pointer-events="none" aria-hidden="true">${labels}</g>` +
    `</svg>`
  );
}
