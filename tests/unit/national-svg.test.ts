import { describe, expect, it } from 'vitest';
import type { ExpressionSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../src/data/layers';
import { buildLegend } from '../../src/data/legend';
import { JURISDICTIONS } from '../../src/data/reference';
import { NO_DATA_COLOR } from '../../src/data/palette';
import { COMPOSITE_BOUNDS } from '../../src/geo/insets';
import { svgPlane } from '../../src/geo/national-svg';
import { escapeXml, HATCH_PATTERN_ID } from '../../src/geo/national-svg-markup';
import { fillColorExpression, hatchLayer } from '../../src/ui/map/map-style';
import { svgMapMarkup, type SvgMapInputs } from '../../src/map/svg/first-map-markup';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { readPublicJson } from './public-files';

const inputs: SvgMapInputs = {
  national: readPublicJson('geo/national.json') as SvgMapInputs['national'],
  labels: readPublicJson('geo/labels.json') as SvgMapInputs['labels'],
  frames: readPublicJson('geo/inset-frames.json') as SvgMapInputs['frames'],
  regionBorders: readPublicJson('geo/region-borders.json') as SvgMapInputs['regionBorders'],
};
const codes = JURISDICTIONS.map((j) => j.code);
const { summaries } = buildSampleDataset();

/** MapLibre's `match` on ['get', 'code'], evaluated the way the style spec defines it. */
function evaluateMatch(expr: ExpressionSpecification | string, code: string): string {
  if (typeof expr === 'string') return expr;
  const [, , ...rest] = expr as unknown as [string, unknown, ...unknown[]];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const labels = rest[i] as string[] | string;
    if ((Array.isArray(labels) ? labels : [labels]).includes(code)) return rest[i + 1] as string;
  }
  return rest[rest.length - 1] as string;
}

function svgShapes(markup: string): Map<string, { dataFill: string; fill: string }> {
  const out = new Map<string, { dataFill: string; fill: string }>();
  for (const m of markup.matchAll(/<path data-code="([A-Z]{2})" d="[^"]*" data-fill="([^"]+)" fill="([^"]+)"/g)) {
    out.set(m[1] ?? '', { dataFill: m[2] ?? '', fill: m[3] ?? '' });
  }
  return out;
}

describe('the SVG map and the WebGL paint read the same legend', () => {
  // all 8 layers, with the sample data and with no data at all (everything hatched, regions from reference data)
  for (const layer of LAYER_IDS) {
    for (const [label, data] of [
      ['sample data', summaries],
      ['no data', []],
    ] as const) {
      it(`${layer}, ${label}: every one of the 56 has the paint expression's colour, and the hatch exactly where the hatch layer is`, () => {
        const legend = buildLegend(layer, data, codes);
        const expr = fillColorExpression(legend);
        const shapes = svgShapes(svgMapMarkup(inputs, legend));
        expect(shapes.size).toBe(56);
        const hatchFilter = hatchLayer(legend).filter as unknown as [string, unknown, [string, string[]]];
        const hatched = new Set(hatchFilter[2][1]);
        for (const code of codes) {
          const shape = shapes.get(code);
          expect(shape?.dataFill, code).toBe(evaluateMatch(expr, code));
          expect(shape?.fill, code).toBe(hatched.has(code) ? `url(#${HATCH_PATTERN_ID})` : evaluateMatch(expr, code));
          if (hatched.has(code)) expect(shape?.dataFill).toBe(NO_DATA_COLOR);
        }
      });
    }
  }
});

describe('the SVG plane is the WebGL national camera', () => {
  it('puts the composite bounds on the viewBox edges, in one Mercator scale', () => {
    const plane = svgPlane(COMPOSITE_BOUNDS);
    const [[w, s], [e, n]] = COMPOSITE_BOUNDS;
    expect(plane.project([w, n])).toEqual([0, 0]);
    expect(plane.project([e, s])).toEqual([plane.width, plane.height]);
    // Mercator: a degree of latitude is taller in the north than in the south
    const north = plane.project([w, 49])[1] - plane.project([w, 48])[1];
    const south = plane.project([w, 22])[1] - plane.project([w, 21])[1];
    expect(Math.abs(north)).toBeGreaterThan(Math.abs(south) * 1.3);
  });

  it('draws all 56 with labels and stays small enough to inline', () => {
    const markup = svgMapMarkup(inputs, buildLegend('region', [], codes));
    expect(markup.match(/data-label="/g)).toHaveLength(56);
    expect(markup.length).toBeLessThan(160_000);
  });

  it('escapes text', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
