/**
 * The paint as data: the fill-colour expression of every layer, built from the sample
 * dataset's legend, is a checked-in file (numbers rounded), and evaluated by MapLibre's own
 * expression engine for all 56 codes it gives each code the colour of its legend class.
 */
import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { buildLegend, type Legend } from '../../src/data/legend';
import { LAYER_IDS } from '../../src/data/layers';
import { JURISDICTIONS } from '../../src/data/reference';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { fillColorExpression, fillLayer } from '../../src/ui/map/map-style';

const ALL = JURISDICTIONS.map((j) => j.code);
const summaries = buildSampleDataset().summaries;

/** Rounds every number so a snapshot survives float noise (as Observable Plot's tests do). */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const COLOR_SPEC = {
  type: 'color',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as never;

function colourOf(legend: Legend, code: string): string {
  const compiled = expression.createExpression(fillColorExpression(legend), 'layers[0].paint.fill-color', COLOR_SPEC);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const colour = compiled.value.evaluate({ zoom: 3 }, { type: 'Polygon', properties: { code } } as never);
  return String(colour);
}

const asCss = (hex: string) => {
  const c = expression.createExpression(hex, 'layers[0].paint.fill-color', COLOR_SPEC);
  if (c.result !== 'success') throw new Error(hex);
  return String(c.value.evaluate({ zoom: 3 }, { type: 'Polygon', properties: {} } as never));
};

describe.each(LAYER_IDS)('layer %s', (layer) => {
  const legend = buildLegend(layer, summaries, ALL);

  it('paint matches its checked-in file', async () => {
    const paint = fillLayer(legend, null).paint;
    await expect(JSON.stringify(rounded(paint), null, 1)).toMatchFileSnapshot(`./__snapshots__/paint-${layer}.json`);
  });

  it('colours each of the 56 codes with its legend class', () => {
    expect(ALL).toHaveLength(56);
    for (const code of ALL) {
      const cls = legend.classes.find((c) => c.codes.includes(code));
      expect(cls, code).toBeDefined();
      expect(colourOf(legend, code), code).toBe(asCss(cls!.color));
    }
  });
});
