/**
 * The one map canvas of a page (dashboard or wall), in the manner of react-map-gl's
 * maplibre module: the MapLibre instance, its readiness and context-loss rebuilds here;
 * camera, layers, hover, keys and overlays as parts that reach the map through
 * `useMap()` (inside it) or a `MapProvider` id (beside it).
 */
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import MapGL, { type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import { COMPOSITE_BOUNDS, type LngLatBounds } from '../../geo/insets';
import { useInsetFrames, useLabels } from '../../geo/use-geo';
import { HATCH_IMAGE, SOURCE } from './ids';
import { DARK_MAP, LIGHT_MAP, baseStyle, hatchImage, type MapTheme } from './map-style';
import { exposeMapDebug } from './map-debug';
import { CameraFit, FIT_PADDING } from './camera';
import { useContextLossRebuild } from './context-loss';
import { MapStatusContext } from './map-status';
import { INTERACTIVE_LAYERS } from './ThematicLayers';

// maplibre-gl 6 is ESM: under Vite its worker must be named explicitly or it 404s.
maplibregl.setWorkerUrl(workerUrl);

/** Starts maplibre's workers before React mounts the map, so they load while the page renders. */
export function prewarmMap(): void {
  maplibregl.prewarm();
}

/** performance mark set when the first map has drawn its boundaries (DevTools, benchmark) */
export const MAP_READY_MARK = 'map:ready';

export function mapThemeOf(theme: 'light' | 'dark'): MapTheme {
  return theme === 'dark' ? DARK_MAP : LIGHT_MAP;
}

export interface MapCanvasProps {
  /** the MapProvider id, for parts outside the map (the PNG export) */
  id: string;
  theme: 'light' | 'dark';
  /** where the camera should be; null = the national composite */
  focus: LngLatBounds | null;
  motion: boolean;
  /** the legend comes from the API's data (not only reference data): the map says when it has drawn it */
  dataLoaded?: boolean;
  /** wall mode: no pan/zoom gestures */
  kiosk?: boolean;
  onReady?: (map: maplibregl.Map) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  onMouseMove?: (e: MapLayerMouseEvent) => void;
  onMouseLeave?: () => void;
  onClick?: (e: MapLayerMouseEvent) => void;
  pointer?: boolean;
  /** sources, layers and markers drawn in the map */
  children: ReactNode;
  /** HTML drawn over the map (tooltip, announcements) */
  overlay?: ReactNode;
}

/** The keyboard help, and why the map is not there yet (or at all). */
function MapMessages({ error, loading }: { error: Error | null; loading: boolean }) {
  return (
    <>
      <p id="map-help" className="visually-hidden">
        Arrow keys move between jurisdictions, Enter opens the details, Escape clears, plus and minus zoom, 0 resets the view. The table
        view lists the same data.
      </p>
      {error ? (
        <div role="alert" className="error-box">
          Boundaries could not be loaded ({error.message}). The table view still works.
        </div>
      ) : null}
      {loading && !error ? (
        <div className="map-loading" role="status">
          Loading boundaries…
        </div>
      ) : null}
    </>
  );
}

export function MapCanvas(props: MapCanvasProps) {
  const { id, theme, focus, motion, dataLoaded = false, kiosk = false, onReady, children, overlay } = props;
  const [map, setMap] = useState<MapRef | null>(null);
  const [ready, setReady] = useState(false);
  const [dataDrawn, setDataDrawn] = useState(false);
  const [sourceError, setSourceError] = useState<Error | null>(null);
  const onLost = useCallback(() => setReady(false), []);
  const { generation, savedCamera, watch } = useContextLossRebuild(onLost);
  const labels = useLabels();
  const frames = useInsetFrames();
  const style = useMemo(() => baseStyle(mapThemeOf(theme)), [theme]);

  // The hatch is generated, not fetched: resolve it whenever a layer first asks for it.
  const attachMap = useCallback((ref: MapRef | null) => {
    setMap(ref);
    const m = ref?.getMap();
    m?.setMissingStyleImageResolver((image) => {
      if (image === HATCH_IMAGE && !m.hasImage(image)) m.addImage(image, hatchImage(), { pixelRatio: 2 });
    });
  }, []);

  // "Drawn with the API's data": the first idle after the data's legend reached the layers
  // (they update during render, before this effect). A forced repaint guarantees that idle.
  useEffect(() => {
    const m = map?.getMap();
    if (!m || !ready || !dataLoaded || dataDrawn) return undefined;
    let live = true;
    m.once('idle', () => {
      if (live) setDataDrawn(true);
    });
    m.triggerRepaint();
    return () => {
      live = false;
    };
  }, [map, ready, dataLoaded, dataDrawn, generation]);

  const handleLoad = useCallback(() => {
    const m = map?.getMap();
    if (!m) return;
    // The wrapper owns focus and keys; a second tab stop on the canvas would confuse.
    m.getCanvas().setAttribute('tabindex', '-1');
    watch(m);
  }, [map, watch]);

  const handleIdle = useCallback(() => {
    const m = map?.getMap();
    if (!m || ready || !m.getSource(SOURCE.jurisdictions) || !m.isSourceLoaded(SOURCE.jurisdictions)) return;
    exposeMapDebug(m, generation);
    // The moment the map went idle with its boundaries drawn (the benchmark's baseline marks
    // the same event); `data-ready` follows once React has re-rendered.
    if (generation === 0) performance.mark(MAP_READY_MARK);
    setReady(true);
    onReady?.(m);
  }, [map, ready, generation, onReady]);

  const status = useMemo(() => ({ ready, generation }), [ready, generation]);
  const geoLoaded = labels.data && frames.data;
  const geoError = sourceError ?? labels.error ?? frames.error;
  const initialViewState = savedCamera ?? { bounds: COMPOSITE_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } };

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
      onKeyDown={props.onKeyDown}
    >
      <MapMessages error={geoError} loading={!geoLoaded} />
      {/* The map (and its worker) starts at once; sources join when the boundaries arrive. */}
      {!geoError ? (
        <MapStatusContext.Provider value={status}>
          <MapGL
            key={generation}
            id={id}
            ref={attachMap}
            mapLib={maplibregl}
            initialViewState={initialViewState}
            mapStyle={style}
            style={{ position: 'absolute', inset: 0 }}
            interactiveLayerIds={INTERACTIVE_LAYERS}
            onLoad={handleLoad}
            onIdle={handleIdle}
            onError={(e) => {
              // A boundary file the worker could not fetch: say so instead of drawing nothing.
              if ('sourceId' in e && typeof e.sourceId === 'string') setSourceError(new Error(`${e.sourceId}: ${e.error.message}`));
            }}
            onMouseMove={kiosk ? undefined : props.onMouseMove}
            onMouseLeave={props.onMouseLeave}
            onClick={kiosk ? undefined : props.onClick}
            keyboard={false}
            dragRotate={false}
            pitchWithRotate={false}
            touchPitch={false}
            renderWorldCopies={false}
            attributionControl={false}
            interactive={!kiosk}
            cursor={props.pointer ? 'pointer' : 'grab'}
            minZoom={1}
            maxZoom={9}
          >
            <CameraFit focus={focus} motion={motion} />
            {children}
          </MapGL>
        </MapStatusContext.Provider>
      ) : null}
      {overlay}
    </div>
  );
}
