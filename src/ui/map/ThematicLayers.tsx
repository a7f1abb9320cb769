/**
 * Every source and layer of the thematic map, always mounted (mounting and unmounting
 * them leaks and flickers, react-map-gl #908/#1861): what changes is paint, filter and a
 * source's data. Lazy geometry joins by giving its source a URL instead of an empty
 * collection; maplibre's worker then fetches and parses it off the main thread.
 */
import { useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, LineString } from 'geojson';
import type { Legend } from '../../data/legend';
import { useInsetFrames, useLabels } from '../../geo/use-geo';
import { LAYER, SOURCE } from './ids';
import {
  BOUNDARY_URLS,
  decorLayer,
  fillLayer,
  hatchLayer,
  hoverLayer,
  legendHighlightLayer,
  outlineLayer,
  regionOutlineLayer,
  regionSelectedLayer,
  selectedLayer,
  trueFillLayer,
  trueOutlineLayer,
  type MapTheme,
} from './map-style';
import { calloutLines } from './callouts';

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Turns true once `wanted` has been true, and stays: geometry fetched once is kept. */
function useOnceWanted(wanted: boolean): boolean {
  const [was, setWas] = useState(wanted);
  if (wanted && !was) setWas(true);
  return was || wanted;
}

export interface ThematicLayersProps {
  legend: Legend;
  mapTheme: MapTheme;
  /** codes left fully coloured by a legend filter; null = all */
  visible: Set<string> | null;
  /** codes outlined while a legend item is hovered or focused */
  highlight: readonly string[];
  selected: string | null;
  regionId: number | null;
  /** also draw the inset jurisdictions at their true location (a close zoom on one of them) */
  trueInsets: boolean;
}

export function ThematicLayers({ legend, mapTheme, visible, highlight, selected, regionId, trueInsets }: ThematicLayersProps) {
  // Region polygons only draw the selected-region outline, so they join when first needed;
  // true geography (286 kB) joins on the first close zoom on an inset jurisdiction.
  const regionsWanted = useOnceWanted(regionId !== null);
  const trueWanted = useOnceWanted(trueInsets);
  const labels = useLabels();
  const frames = useInsetFrames();

  // Layer specs are rebuilt only when their inputs change, so a selection re-diffs two layers.
  const fillSpec = useMemo(() => fillLayer(legend, visible), [legend, visible]);
  const hatchSpec = useMemo(() => hatchLayer(legend), [legend]);
  const outlineSpec = useMemo(() => outlineLayer(mapTheme), [mapTheme]);
  const regionOutlineSpec = useMemo(() => regionOutlineLayer(mapTheme), [mapTheme]);
  const decorSpec = useMemo(() => decorLayer(mapTheme), [mapTheme]);
  const highlightSpec = useMemo(() => legendHighlightLayer(mapTheme, highlight), [mapTheme, highlight]);
  const hoverSpec = useMemo(() => hoverLayer(mapTheme), [mapTheme]);
  const selectedSpec = useMemo(() => selectedLayer(mapTheme, selected), [mapTheme, selected]);
  const regionSelectedSpec = useMemo(() => regionSelectedLayer(mapTheme, regionId), [mapTheme, regionId]);
  const trueFillSpec = useMemo(() => trueFillLayer(legend, visible), [legend, visible]);
  const trueOutlineSpec = useMemo(() => trueOutlineLayer(mapTheme, selected), [mapTheme, selected]);
  // Every extra source costs a worker round trip per tile on the first map, so the frames and
  // the callout leaders (same paint) travel together.
  const decor = useMemo<FeatureCollection<LineString> | FeatureCollection>(
    () =>
      labels.data && frames.data
        ? { type: 'FeatureCollection', features: [...frames.data.features, ...calloutLines(labels.data.jurisdictions).features] }
        : EMPTY_COLLECTION,
    [labels.data, frames.data],
  );

  return (
    <>
      {/* The boundary sources are declared once, in the initial style (the worker fetches them
          at once); these layers name them. */}
      <Layer {...fillSpec} />
      <Layer {...hatchSpec} />
      <Layer {...outlineSpec} />
      <Layer {...regionOutlineSpec} />
      <Source id={SOURCE.decor} type="geojson" data={decor}>
        {/* a source's layers mount after it, at the top: slot the frames under the highlights */}
        <Layer {...decorSpec} beforeId={LAYER.legendHighlight} />
      </Source>
      {/* Highlight layers sit above all outlines, driven by filter and feature-state. */}
      <Layer {...highlightSpec} />
      <Layer {...hoverSpec} />
      <Layer {...selectedSpec} />
      <Source id={SOURCE.regions} type="geojson" data={regionsWanted ? BOUNDARY_URLS.regions() : EMPTY_COLLECTION}>
        <Layer {...regionSelectedSpec} />
      </Source>
      <Source
        id={SOURCE.trueInsets}
        type="geojson"
        data={trueWanted ? BOUNDARY_URLS.trueJurisdictions() : EMPTY_COLLECTION}
        promoteId="code"
      >
        <Layer {...trueFillSpec} />
        <Layer {...trueOutlineSpec} />
      </Source>
    </>
  );
}

export const INTERACTIVE_LAYERS = [LAYER.fill, LAYER.trueFill];
