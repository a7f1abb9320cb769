/**
 * Style as data: every layer is a typed style-spec object built by a pure function from
 * the legend and the URL state. Layers are always mounted; what changes is paint and
 * filter, never the sources (re-tiling GeoJSON on every change is slow, maplibre #106).
 */
import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  CircleLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Legend } from '../../data/legend';
import { NO_DATA_COLOR } from '../../data/palette';
import { FILL_OPACITY } from '../../data/legend-paint';
import { HATCH_IMAGE, LAYER, SOURCE } from './ids';
import { geoUrl } from '../../geo/boundaries';
import { INSETS } from '../../geo/insets';

export interface MapTheme {
  background: string;
  outline: string;
  regionOutline: string;
  selected: string;
  frame: string;
}

export const LIGHT_MAP: MapTheme = {
  background: '#e8eef3',
  outline: '#ffffff',
  regionOutline: '#1b1b1b',
  selected: '#000000',
  frame: '#7a8793',
};

export const DARK_MAP: MapTheme = {
  background: '#0e1620',
  outline: '#0e1620',
  regionOutline: '#f5f5f5',
  selected: '#ffffff',
  frame: '#6f7d8a',
};

/**
 * Where maplibre's worker fetches the boundaries (absolute: the worker would resolve a
 * relative URL against its own script).
 */
export const BOUNDARY_URLS = {
  national: () => new URL(geoUrl('national.json'), location.href).href,
  regionBorders: () => new URL(geoUrl('region-borders.json'), location.href).href,
  regions: () => new URL(geoUrl('regions.json'), location.href).href,
  trueJurisdictions: () => new URL(geoUrl('jurisdictions.json'), location.href).href,
};

/**
 * No glyphs, no sprite, no tiles: nothing here can call another host. The static boundary
 * sources are part of the initial style so the worker starts fetching and indexing them the
 * moment the map exists; a source without layers requests no tiles, so the layers (added by
 * MapView from the legend) decide what is drawn.
 */
export function baseStyle(theme: MapTheme): StyleSpecification {
  const background: BackgroundLayerSpecification = {
    id: LAYER.background,
    type: 'background',
    paint: { 'background-color': theme.background },
  };
  return {
    version: 8,
    name: 'regional-coordination',
    sources: {
      [SOURCE.jurisdictions]: { type: 'geojson', data: BOUNDARY_URLS.national(), promoteId: 'code' },
      [SOURCE.regionBorders]: { type: 'geojson', data: BOUNDARY_URLS.regionBorders() },
    },
    layers: [background],
  };
}

const NONE: ExpressionSpecification = ['literal', ['']];

function codeIn(codes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', codes.length ? [...codes] : ['']]];
}

/** `match` on the code property, built from the legend classes. */
export function fillColorExpression(legend: Legend): ExpressionSpecification | string {
  const pairs: (string | string[])[] = [];
  for (const c of legend.classes) {
    if (c.codes.length === 0) continue;
    pairs.push([...c.codes], c.color);
  }
  if (pairs.length === 0) return NO_DATA_COLOR;
  return ['match', ['get', 'code'], ...pairs, NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

function visibleOpacity(visible: Set<string> | null): ExpressionSpecification | number {
  return visible ? ['case', codeIn([...visible]), FILL_OPACITY.shown, FILL_OPACITY.filteredOut] : FILL_OPACITY.shown;
}

export function fillLayer(legend: Legend, visible: Set<string> | null): FillLayerSpecification {
  const opacity = visibleOpacity(visible);
  return {
    id: LAYER.fill,
    type: 'fill',
    source: SOURCE.jurisdictions,
    paint: { 'fill-color': fillColorExpression(legend), 'fill-opacity': opacity },
  };
}

/**
 * The hatched "no data" class: a pattern, never a class colour. Hidden while the class is
 * empty: a visible pattern layer makes every tile wait for the pattern image from the main
 * thread, which measurably delays the first map even when nothing is hatched.
 */
export function hatchLayer(legend: Legend): FillLayerSpecification {
  const noData = legend.classes.find((c) => c.noData)?.codes ?? [];
  return {
    id: LAYER.hatch,
    type: 'fill',
    source: SOURCE.jurisdictions,
    filter: codeIn(noData),
    layout: { visibility: noData.length ? 'visible' : 'none' },
    paint: { 'fill-pattern': HATCH_IMAGE },
  };
}

export function outlineLayer(theme: MapTheme): LineLayerSpecification {
  return {
    id: LAYER.outline,
    type: 'line',
    source: SOURCE.jurisdictions,
    paint: { 'line-color': theme.outline, 'line-width': 0.8 },
  };
}

export function legendHighlightLayer(theme: MapTheme, codes: readonly string[]): LineLayerSpecification {
  return {
    id: LAYER.legendHighlight,
    type: 'line',
    source: SOURCE.jurisdictions,
    filter: codeIn(codes),
    paint: { 'line-color': theme.selected, 'line-width': 3 },
  };
}

/** Hover and keyboard cursor come from feature-state, so no source is rebuilt. */
export function hoverLayer(theme: MapTheme): LineLayerSpecification {
  return {
    id: LAYER.hover,
    type: 'line',
    source: SOURCE.jurisdictions,
    paint: {
      'line-color': theme.selected,
      'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
    },
  };
}

export function selectedLayer(theme: MapTheme, code: string | null): LineLayerSpecification {
  return {
    id: LAYER.selected,
    type: 'line',
    source: SOURCE.jurisdictions,
    filter: code ? ['==', ['get', 'code'], code] : ['in', ['get', 'code'], NONE],
    paint: { 'line-color': theme.selected, 'line-width': 4 },
  };
}

export function regionOutlineLayer(theme: MapTheme): LineLayerSpecification {
  return {
    id: LAYER.regionOutline,
    type: 'line',
    source: SOURCE.regionBorders,
    paint: { 'line-color': theme.regionOutline, 'line-width': 1.6, 'line-opacity': 0.85 },
  };
}

export function regionSelectedLayer(theme: MapTheme, regionId: number | null): LineLayerSpecification {
  return {
    id: LAYER.regionSelected,
    type: 'line',
    source: SOURCE.regions,
    filter: ['==', ['get', 'regionId'], regionId ?? -1],
    paint: { 'line-color': theme.selected, 'line-width': 4.5 },
  };
}

/** Inset frames and the leader lines of callout labels. */
export function decorLayer(theme: MapTheme): LineLayerSpecification {
  return {
    id: LAYER.decor,
    type: 'line',
    source: SOURCE.decor,
    paint: { 'line-color': theme.frame, 'line-width': 1 },
  };
}

export function searchPointLayer(): CircleLayerSpecification {
  return {
    id: LAYER.searchPoint,
    type: 'circle',
    source: SOURCE.searchPoint,
    paint: {
      'circle-radius': 7,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#000000',
      'circle-stroke-width': 3,
    },
  };
}

/** An 8×8 diagonal hatch as raw RGBA, so no sprite has to be fetched. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = on ? 60 : 0;
      data[i + 1] = on ? 60 : 0;
      data[i + 2] = on ? 60 : 0;
      data[i + 3] = on ? 200 : 0;
    }
  }
  return { width: size, height: size, data };
}

/** The inset jurisdictions at their true location: far from the composite insets, never both in view. */
const TRUE_INSET_FILTER: ExpressionSpecification = codeIn(INSETS.flatMap((i) => i.codes));

/** Fill of the inset jurisdictions in true geography, coloured like the composite fill. */
export function trueFillLayer(legend: Legend, visible: Set<string> | null): FillLayerSpecification {
  return { ...fillLayer(legend, visible), id: LAYER.trueFill, source: SOURCE.trueInsets, filter: TRUE_INSET_FILTER };
}

/** Outlines in true geography; the selected jurisdiction's is drawn heavy. */
export function trueOutlineLayer(theme: MapTheme, selected: string | null): LineLayerSpecification {
  return {
    id: LAYER.trueOutline,
    type: 'line',
    source: SOURCE.trueInsets,
    filter: TRUE_INSET_FILTER,
    paint: {
      'line-color': ['case', ['==', ['get', 'code'], selected ?? ''], theme.selected, theme.outline],
      'line-width': ['case', ['==', ['get', 'code'], selected ?? ''], 2.5, 0.8],
    },
  };
}
