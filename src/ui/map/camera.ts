/**
 * The camera follows `focus` imperatively: a controlled viewState would re-render the tree
 * on every frame of a pan (react-map-gl #1293).
 */
import { useEffect, useRef } from 'react';
import { useMap, type MapRef } from 'react-map-gl/maplibre';
import { COMPOSITE_BOUNDS, type LngLatBounds } from '../../geo/insets';
import { useMapStatus } from './map-status';

export const FIT_PADDING = { top: 24, bottom: 24, left: 24, right: 24 };

/** Fits the camera to a focus (null = the national composite). */
export function fitTo(map: MapRef, focus: LngLatBounds | null, animate: boolean): void {
  map.fitBounds(focus ?? COMPOSITE_BOUNDS, { padding: FIT_PADDING, duration: animate ? 1200 : 0, maxZoom: 7 });
}

/**
 * Rendered inside the map. The first fit jumps: the map starts at the national view, and a
 * shared link's region is simply shown (a 1.2 s flight would also keep the map busy). A
 * resize refits to the focus of now, not of the render in which the map loaded.
 */
export function CameraFit({ focus, motion }: { focus: LngLatBounds | null; motion: boolean }) {
  const map = useMap().current;
  const { ready } = useMapStatus();
  const fittedOnce = useRef(false);

  useEffect(() => {
    if (!map || !ready) return;
    fitTo(map, focus, fittedOnce.current && motion);
    fittedOnce.current = true;
  }, [map, ready, focus, motion]);

  useEffect(() => {
    if (!map) return undefined;
    const refit = () => fitTo(map, focus, false);
    map.on('resize', refit);
    return () => {
      map.off('resize', refit);
    };
  }, [map, focus]);

  return null;
}
