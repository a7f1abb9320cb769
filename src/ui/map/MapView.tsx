import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import MapGL, { Layer, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Legend } from '../../data/legend';
import type { LngLatBounds as Bounds } from '../../geo/insets';
import { COMPOSITE_BOUNDS } from '../../geo/insets';
import { nearestInDirection } from '../../geo/direction';
import { HATCH_IMAGE, LAYER, SOURCE } from './ids';
import {
  DARK_MAP,
  LIGHT_MAP,
  BOUNDARY_URLS,
  baseStyle,
  decorLayer,
  fillLayer,
  hatchImage,
  hatchLayer,
  hoverLayer,
  legendHighlightLayer,
  outlineLayer,
  regionOutlineLayer,
  regionSelectedLayer,
  searchPointLayer,
  selectedLayer,
  trueFillLayer,
  trueOutlineLayer,
} from './map-style';
import { calloutLines } from './callouts';
import { MapLabels } from './MapLabels';
import { exposeMapDebug } from './map-debug';
import { useInsetFrames, useLabels } from '../../geo/use-geo';

// maplibre-gl 6 is ESM: under Vite its worker must be named explicitly or it 404s.
maplibregl.setWorkerUrl(workerUrl);

/** Starts maplibre's workers before React mounts the map, so they load while the page renders. */
export function prewarmMap(): void {
  maplibregl.prewarm();
}

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
  focus: Bounds | null;
  motion: boolean;
  /** where a search landed, in composite coordinates: one point, or one per state of a ZIP across a state line */
  searchPoints?: ReadonlyArray<[number, number]>;
  /** one-line description for tooltips and announcements */
  describe: (code: string) => string;
  onSelect: (code: string | null) => void;
  onSelectRegion?: (id: number) => void;
  /** called when the map has drawn its data (and again after a rebuild) */
  onReady?: (map: maplibregl.Map) => void;
  /** the legend comes from the API's data (not only reference data): the map says when it has drawn it */
  dataLoaded?: boolean;
  /** also draw the inset jurisdictions at their true location (a close zoom on one of them) */
  trueInsets?: boolean;
  /** wall mode: no pan/zoom gestures, no tooltip */
  kiosk?: boolean;
}

/** performance mark set when the first map has drawn its boundaries (DevTools, benchmark) */
export const MAP_READY_MARK = 'map:ready';

interface Hover {
  code: string;
  x: number;
  y: number;
}

const INTERACTIVE_LAYERS = [LAYER.fill];
const INTERACTIVE_WITH_TRUE_INSETS = [LAYER.fill, LAYER.trueFill];
const REGIONS_URL = BOUNDARY_URLS.regions();
const TRUE_JURISDICTIONS_URL = BOUNDARY_URLS.trueJurisdictions();
const FIT_PADDING = { top: 24, bottom: 24, left: 24, right: 24 };

const NO_POINTS: ReadonlyArray<[number, number]> = [];

export function MapView(props: MapViewProps) {
  const {
    legend,
    theme,
    selected,
    regionId,
    visible,
    highlight,
    focus,
    motion,
    searchPoints = NO_POINTS,
    describe,
    onSelect,
    onSelectRegion,
    onReady,
    dataLoaded = false,
    trueInsets = false,
    kiosk,
  } = props;
  // Big geometry goes to the map by URL: its worker fetches and parses it off the main thread.
  // Region polygons only draw the selected-region outline, so they join when first needed.
  const [regionsWanted, setRegionsWanted] = useState(regionId !== null);
  if (regionId !== null && !regionsWanted) setRegionsWanted(true);
  // True geography (286 kB) joins on the first close zoom on an inset jurisdiction, then stays.
  const [trueWanted, setTrueWanted] = useState(trueInsets);
  if (trueInsets && !trueWanted) setTrueWanted(true);
  const [sourceError, setSourceError] = useState<Error | null>(null);
  const labels = useLabels();
  const frames = useInsetFrames();
  const mapRef = useRef<MapRef | null>(null);
  // The hatch is generated, not fetched: resolve it whenever a layer first asks for it.
  const attachMap = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    const map = ref?.getMap();
    map?.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE && !map.hasImage(id)) map.addImage(id, hatchImage(), { pixelRatio: 2 });
    });
  }, []);
  const hoveredRef = useRef<string | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [ready, setReady] = useState(false);
  const [dataDrawn, setDataDrawn] = useState(false);
  // A lost WebGL context cannot be trusted to come back: rebuild the map with the same camera.
  const [generation, setGeneration] = useState(0);
  const savedCamera = useRef<{ longitude: number; latitude: number; zoom: number } | null>(null);
  const mapTheme = theme === 'dark' ? DARK_MAP : LIGHT_MAP;

  const style = useMemo(() => baseStyle(mapTheme), [mapTheme]);
  // Layer specs are rebuilt only when their inputs change, so a selection re-diffs two layers.
  const fillSpec = useMemo(() => fillLayer(legend, visible), [legend, visible]);
  const hatchSpec = useMemo(() => hatchLayer(legend), [legend]);
  const highlightSpec = useMemo(() => legendHighlightLayer(mapTheme, highlight), [mapTheme, highlight]);
  const selectedSpec = useMemo(() => selectedLayer(mapTheme, selected), [mapTheme, selected]);
  const regionSelectedSpec = useMemo(() => regionSelectedLayer(mapTheme, regionId), [mapTheme, regionId]);
  const trueFillSpec = useMemo(() => trueFillLayer(legend, visible), [legend, visible]);
  const trueOutlineSpec = useMemo(() => trueOutlineLayer(mapTheme, selected), [mapTheme, selected]);
  // Every extra source costs a worker round trip per tile on the first map, so the frames and
  // the callout leaders (same paint) travel together.
  const decor = useMemo<FeatureCollection<LineString> | null>(
    () =>
      labels.data && frames.data
        ? { type: 'FeatureCollection', features: [...frames.data.features, ...calloutLines(labels.data.jurisdictions).features] }
        : null,
    [labels.data, frames.data],
  );
  const searchPointData = useMemo<FeatureCollection<Point> | null>(
    () =>
      searchPoints.length > 0
        ? {
            type: 'FeatureCollection',
            features: searchPoints.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...p] } })),
          }
        : null,
    [searchPoints],
  );

  const setFeatureHover = useCallback((code: string | null) => {
    const map = mapRef.current?.getMap();
    const prev = hoveredRef.current;
    if (prev === code || !map || !map.getSource(SOURCE.jurisdictions)) return;
    if (prev) map.setFeatureState({ source: SOURCE.jurisdictions, id: prev }, { hover: false });
    if (code) map.setFeatureState({ source: SOURCE.jurisdictions, id: code }, { hover: true });
    hoveredRef.current = code;
  }, []);

  const fit = useCallback(
    (animate: boolean) => {
      const map = mapRef.current;
      if (!map) return;
      map.fitBounds(focus ?? COMPOSITE_BOUNDS, { padding: FIT_PADDING, duration: animate && motion ? 1200 : 0, maxZoom: 7 });
    },
    [focus, motion],
  );

  // Camera follows the focus imperatively; a controlled viewState would re-render on every frame.
  // The first fit jumps: the map starts at the national view, and a shared link's region is
  // simply shown (a 1.2 s flight from the national view would also keep the map busy).
  const fittedOnce = useRef(false);
  useEffect(() => {
    if (!ready) return;
    fit(fittedOnce.current);
    fittedOnce.current = true;
  }, [fit, ready]);

  // "Drawn with the API's data": the first idle after the data's legend reached the layers
  // (they update during render, before this effect). A forced repaint guarantees that idle.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready || !dataLoaded || dataDrawn) return undefined;
    let live = true;
    map.once('idle', () => {
      if (live) setDataDrawn(true);
    });
    map.triggerRepaint();
    return () => {
      live = false;
    };
  }, [ready, dataLoaded, dataDrawn, generation]);

  const handleLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    // The wrapper owns focus and keys; a second tab stop on the canvas would confuse.
    map.getCanvas().setAttribute('tabindex', '-1');
    map.on('webglcontextlost', () => {
      const c = map.getCenter();
      savedCamera.current = { longitude: c.lng, latitude: c.lat, zoom: map.getZoom() };
      setReady(false);
      setGeneration((g) => g + 1);
    });
    map.on('resize', () => {
      if (!focus) map.fitBounds(COMPOSITE_BOUNDS, { padding: FIT_PADDING, duration: 0 });
    });
  }, [focus]);

  const handleIdle = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || ready || !map.getSource(SOURCE.jurisdictions) || !map.isSourceLoaded(SOURCE.jurisdictions)) return;
    exposeMapDebug(map, generation);
    // The moment the map went idle with its boundaries drawn (the benchmark's baseline marks
    // the same event); `data-ready` follows once React has re-rendered.
    if (generation === 0) performance.mark(MAP_READY_MARK);
    setReady(true);
    onReady?.(map);
  }, [ready, generation, onReady]);

  const handleMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        setFeatureHover(code);
        setHover({ code, x: e.point.x, y: e.point.y });
      } else {
        setFeatureHover(cursor);
        setHover(null);
      }
    },
    [cursor, setFeatureHover],
  );

  const handleClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        setCursor(code);
        onSelect(code);
      }
    },
    [onSelect],
  );

  const moveCursor = useCallback(
    (code: string) => {
      setCursor(code);
      setFeatureHover(code);
      setAnnouncement(`${describe(code)}. Press Enter to open.`);
    },
    [describe, setFeatureHover],
  );

  const handleKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const map = mapRef.current;
      const anchors = labels.data?.jurisdictions;
      if (!map || !anchors) return;
      const dirs: Record<string, 'up' | 'down' | 'left' | 'right'> = {
        ArrowUp: 'up',
        ArrowDown: 'down',
        ArrowLeft: 'left',
        ArrowRight: 'right',
      };
      const dir = dirs[e.key];
      if (dir) {
        e.preventDefault();
        const from = cursor ?? selected;
        const next = from ? nearestInDirection(from, dir, anchors) : 'KS';
        if (next) moveCursor(next);
        else setAnnouncement(`No jurisdiction further ${dir === 'up' ? 'north' : dir === 'down' ? 'south' : dir === 'left' ? 'west' : 'east'}.`);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const code = cursor ?? selected;
        if (code) {
          onSelect(code);
          setAnnouncement(`Opened ${describe(code)}.`);
        }
      } else if (e.key === 'Escape') {
        setCursor(null);
        setFeatureHover(null);
        onSelect(null);
        setAnnouncement('Selection cleared.');
      } else if (e.key === '+' || e.key === '=') {
        e.preventDefault();
        map.zoomIn({ duration: motion ? 300 : 0 });
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        map.zoomOut({ duration: motion ? 300 : 0 });
      } else if (e.key === '0') {
        fit(false);
      }
    },
    [cursor, selected, labels.data, moveCursor, onSelect, describe, setFeatureHover, motion, fit],
  );

  const geoLoaded = labels.data && frames.data;
  const geoError = sourceError ?? labels.error ?? frames.error;
  const initialViewState = savedCamera.current ?? { bounds: COMPOSITE_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } };

  return (
    // role="application" hands the arrow keys to the map's own key handler (listed in the shortcuts dialog).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="map-shell"
      data-testid="map"
      data-ready={ready ? 'true' : 'false'}
      data-api-drawn={dataDrawn ? 'true' : 'false'}
      data-generation={generation}
      tabIndex={0}
      role="application"
      aria-roledescription="map"
      aria-label="Map of the 56 states and territories by CISA region"
      aria-describedby="map-help"
      onKeyDown={handleKeyDown}
    >
      <p id="map-help" className="visually-hidden">
        Arrow keys move between jurisdictions, Enter opens the details, Escape clears, plus and minus zoom, 0 resets the view.
        The table view lists the same data.
      </p>
      {geoError ? (
        <div role="alert" className="error-box">
          Boundaries could not be loaded ({geoError.message}). The table view still works.
        </div>
      ) : null}
      {!geoLoaded && !geoError ? (
        <div className="map-loading" role="status">
          Loading boundaries…
        </div>
      ) : null}
      {/* The map (and its worker) starts at once; sources join when the boundaries arrive. */}
      {!geoError ? (
        <MapGL
          key={generation}
          ref={attachMap}
          mapLib={maplibregl}
          initialViewState={initialViewState}
          mapStyle={style}
          style={{ position: 'absolute', inset: 0 }}
          interactiveLayerIds={trueWanted ? INTERACTIVE_WITH_TRUE_INSETS : INTERACTIVE_LAYERS}
          onLoad={handleLoad}
          onIdle={handleIdle}
          onError={(e) => {
            // A boundary file the worker could not fetch: say so instead of drawing nothing.
            if ('sourceId' in e && typeof e.sourceId === 'string') setSourceError(new Error(`${e.sourceId}: ${e.error.message}`));
          }}
          onMouseMove={kiosk ? undefined : handleMouseMove}
          onMouseLeave={() => {
            setHover(null);
            setFeatureHover(cursor);
          }}
          onClick={kiosk ? undefined : handleClick}
          keyboard={false}
          dragRotate={false}
          pitchWithRotate={false}
          touchPitch={false}
          renderWorldCopies={false}
          attributionControl={false}
          interactive={!kiosk}
          cursor={hover ? 'pointer' : 'grab'}
          minZoom={1}
          maxZoom={9}
        >
          {/* The boundary sources are declared once, in the initial style (the worker fetches them
              at once); these layers name them. */}
          <Layer {...fillSpec} />
          <Layer {...hatchSpec} />
          <Layer {...outlineLayer(mapTheme)} />
          <Layer {...regionOutlineLayer(mapTheme)} />
          {/* Highlight layers sit above all outlines; always mounted, driven by filter and feature-state. */}
          <Layer {...highlightSpec} />
          <Layer {...hoverLayer(mapTheme)} />
          <Layer {...selectedSpec} />
          {decor ? (
            <Source id={SOURCE.decor} type="geojson" data={decor}>
              {/* joins once the frames and label anchors are in: slotted under the highlights */}
              <Layer {...decorLayer(mapTheme)} beforeId={LAYER.legendHighlight} />
            </Source>
          ) : null}
          {regionsWanted ? (
            <Source id={SOURCE.regions} type="geojson" data={REGIONS_URL}>
              <Layer {...regionSelectedSpec} />
            </Source>
          ) : null}
          {trueWanted ? (
            <Source id={SOURCE.trueInsets} type="geojson" data={TRUE_JURISDICTIONS_URL} promoteId="code">
              <Layer {...trueFillSpec} />
              <Layer {...trueOutlineSpec} />
            </Source>
          ) : null}
          {searchPointData ? (
            <Source id={SOURCE.searchPoint} type="geojson" data={searchPointData}>
              <Layer {...searchPointLayer()} />
            </Source>
          ) : null}
          {labels.data ? (
            <MapLabels
              labels={labels.data}
              legend={legend}
              onSelect={kiosk ? undefined : onSelect}
              showRegions={legend.layer === 'region'}
              dimmed={visible}
              selected={selected}
              cursor={cursor}
              onSelectRegion={kiosk ? undefined : onSelectRegion}
            />
          ) : null}
        </MapGL>
      ) : null}
      {hover && !kiosk ? (
        <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip">
          {describe(hover.code)}
        </div>
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
