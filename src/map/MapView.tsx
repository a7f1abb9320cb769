/**
 * The dashboard's map: the shared canvas and thematic layers (src/ui/map) plus what only
 * the dashboard does — hover and tooltip, the keyboard cursor, clicks that select, the
 * searched point and the announcements. The map is reached by its MapProvider id.
 */
import { useCallback } from 'react';
import { useMap, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { Legend } from '../data/legend';
import type { LngLatBounds } from '../geo/insets';
import { useLabels } from '../geo/use-geo';
import { MapCanvas, mapThemeOf } from '../ui/map/MapCanvas';
import { MapLabels } from '../ui/map/MapLabels';
import { ThematicLayers } from '../ui/map/ThematicLayers';
import { useFeatureHover } from '../ui/map/feature-hover';
import { SearchPointSource } from './SearchPointSource';
import { useMapHover } from './use-map-hover';
import { useMapKeyboard } from './use-map-keyboard';

/** The dashboard map's MapProvider id (the PNG export reaches it by this name). */
export const DASHBOARD_MAP_ID = 'dashboardMap';

export interface MapViewProps {
  legend: Legend;
  theme: 'light' | 'dark';
  selected: string | null;
  regionId: number | null;
  /** codes left fully coloured by a legend filter; null = all */
  visible: Set<string> | null;
  /** codes outlined while a legend item is hovered or focused */
  highlight: readonly string[];
  /** where the camera should be; null = the national composite */
  focus: LngLatBounds | null;
  motion: boolean;
  /** where a search landed, in composite coordinates: one point, or one per state of a ZIP across a state line */
  searchPoints?: ReadonlyArray<[number, number]>;
  /** the WebGL map has drawn its boundaries (the SVG first picture hands over then) */
  onReady?: () => void;
  /** one-line description for tooltips and announcements */
  describe: (code: string) => string;
  onSelect: (code: string | null) => void;
  onSelectRegion?: (id: number) => void;
  /** the legend comes from the API's data: the map says when it has drawn it */
  dataLoaded?: boolean;
  /** also draw the inset jurisdictions at their true location (a close zoom on one of them) */
  trueInsets?: boolean;
}

const NO_POINTS: ReadonlyArray<[number, number]> = [];

export function MapView(props: MapViewProps) {
  const { legend, theme, selected, regionId, visible, focus, motion, describe, onSelect } = props;
  const map = useMap()[DASHBOARD_MAP_ID];
  const labels = useLabels();
  const hoverOutline = useFeatureHover(map);
  const keys = useMapKeyboard({
    map,
    anchors: labels.data?.jurisdictions,
    selected,
    focus,
    motion,
    describe,
    onSelect,
    hover: hoverOutline,
  });
  const { cursor, setCursor } = keys;
  const pointer = useMapHover(hoverOutline, cursor);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code !== 'string') return;
      setCursor(code);
      onSelect(code);
    },
    [onSelect, setCursor],
  );

  const overlay = (
    <>
      {pointer.hover ? (
        <div className="map-tooltip" style={{ left: pointer.hover.x + 14, top: pointer.hover.y + 14 }} role="tooltip">
          {describe(pointer.hover.code)}
        </div>
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {keys.announcement}
      </div>
    </>
  );

  return (
    <MapCanvas
      id={DASHBOARD_MAP_ID}
      theme={theme}
      focus={focus}
      motion={motion}
      dataLoaded={props.dataLoaded ?? false}
      onReady={props.onReady}
      onKeyDown={keys.onKeyDown}
      onMouseMove={pointer.onMouseMove}
      onMouseLeave={pointer.onMouseLeave}
      onClick={onClick}
      pointer={pointer.hover !== null}
      overlay={overlay}
    >
      <ThematicLayers
        legend={legend}
        mapTheme={mapThemeOf(theme)}
        visible={visible}
        highlight={props.highlight}
        selected={selected}
        regionId={regionId}
        trueInsets={props.trueInsets ?? false}
      />
      <SearchPointSource points={props.searchPoints ?? NO_POINTS} />
      {labels.data ? (
        <MapLabels
          labels={labels.data}
          legend={legend}
          onSelect={onSelect}
          showRegions={legend.layer === 'region'}
          dimmed={visible}
          selected={selected}
          cursor={cursor}
          onSelectRegion={props.onSelectRegion}
        />
      ) : null}
    </MapCanvas>
  );
}
