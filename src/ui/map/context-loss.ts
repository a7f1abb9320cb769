/**
 * A lost WebGL context cannot be trusted to come back: the map is rebuilt (a new
 * generation) with the camera it had. Remounting for any other reason would leak a context.
 */
import { useCallback, useRef, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface SavedCamera {
  longitude: number;
  latitude: number;
  zoom: number;
}

export function useContextLossRebuild(onLost: () => void): {
  generation: number;
  savedCamera: SavedCamera | null;
  watch: (map: MaplibreMap) => void;
} {
  const [generation, setGeneration] = useState(0);
  const savedCamera = useRef<SavedCamera | null>(null);
  const watch = useCallback(
    (map: MaplibreMap) => {
      map.on('webglcontextlost', () => {
        const c = map.getCenter();
        savedCamera.current = { longitude: c.lng, latitude: c.lat, zoom: map.getZoom() };
        onLost();
        setGeneration((g) => g + 1);
      });
    },
    [onLost],
  );
  return { generation, savedCamera: savedCamera.current, watch };
}
