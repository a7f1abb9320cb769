/**
 * The first map picture, as markup: the national SVG on the default layer (regions, from
 * reference data, so no API is needed) with its legend. The build writes it into
 * index.html (scripts/vite-first-map.ts), so a browser draws the map before any script
 * has run, and the app then adopts the very same <svg> node (first-map-node.ts).
 */
import type { LabelAnchors, JurisdictionFeatureCollection } from '../../geo/boundaries';
import { nationalSvgGeometry, projectPoints, type GeometryInputs } from '../../geo/national-svg';
import { escapeXml, nationalSvgMarkup } from '../../geo/national-svg-markup';
import { buildLegend, type Legend } from '../../data/legend';
import { legendPaint, UNKNOWN_PAINT } from '../../data/legend-paint';
import { NO_DATA_COLOR } from '../../data/palette';
import { JURISDICTIONS } from '../../data/reference';
import { CALLOUT_POSITIONS, PROXY_CODES } from '../../ui/map/callouts';

export const FIRST_MAP_ID = 'first-map';

/** The accessible name and the tooltip of each shape: the same words the WebGL map uses. */
export function describeForLegend(legend: Legend, names: ReadonlyMap<string, string>): (code: string) => string {
  return (code) => {
    const key = legend.classOf.get(code);
    const label = legend.classes.find((c) => c.key === key)?.label ?? 'No data';
    return `${names.get(code) ?? code}: ${label}`;
  };
}

export interface SvgMapInputs extends GeometryInputs {
  national: JurisdictionFeatureCollection;
  labels: LabelAnchors;
}

/** The national SVG markup for `legend` (links on: usable without JavaScript). */
export function svgMapMarkup(inputs: SvgMapInputs, legend: Legend, visible: ReadonlySet<string> | null = null): string {
  const geometry = nationalSvgGeometry(inputs);
  const paint = legendPaint(legend, visible);
  const names = new Map(geometry.shapes.map((s) => [s.code, s.name]));
  return nationalSvgMarkup(geometry, {
    title: `Map of the 56 states and territories: ${legend.title}`,
    paint: (code) => paint.get(code) ?? UNKNOWN_PAINT,
    describe: describeForLegend(legend, names),
    links: true,
    calloutAt: projectPoints(CALLOUT_POSITIONS),
    badgeCodes: PROXY_CODES,
    noDataColor: NO_DATA_COLOR,
  });
}

/**
 * The static legend shown with the first picture: region names with their swatches (SVG
 * fills, not style attributes, which the production Content-Security-Policy refuses).
 */
export function staticLegendMarkup(legend: Legend): string {
  const items = legend.classes
    .map(
      (c) =>
        `<li><span class="legend-item"><svg class="legend-swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill="${c.color}"/></svg><span class="legend-label">${escapeXml(c.label)}</span><span class="legend-count"><span aria-hidden="true">·</span> ${c.codes.length}</span></span></li>`,
    )
    .join('');
  const total = legend.classes.reduce((n, c) => n + c.codes.length, 0);
  return `<section class="legend" aria-labelledby="legend-title"><h2 id="legend-title" class="legend-title">${escapeXml(legend.title)}</h2><ul class="legend-list">${items}</ul><p class="legend-foot">${total} jurisdictions</p></section>`;
}

/** The default layer before any data: regions from reference data. */
export function firstMapLegend(): Legend {
  return buildLegend(
    'region',
    [],
    JURISDICTIONS.map((j) => j.code),
  );
}
