import { useCallback, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { SOURCE } from './ids';

/** The hovered (or keyboard-cursor) jurisdiction as feature-state: no layer or source re-renders. */
export function useFeatureHover(map: MapRef | undefined): (code: string | null) => void {
  const hovered = useRef<string | null>(null);
  return useCallback(
    (code: string | null) => {
      const m = map?.getMap();
      const prev = hovered.current;
      if (prev === code || !m || !m.getSource(SOURCE.jurisdictions)) return;
      if (prev) m.setFeatureState({ source: SOURCE.jurisdictions, id: prev }, { hover: false });
      if (code) m.setFeatureState({ source: SOURCE.jurisdictions, id: code }, { hover: true });
      hovered.current = code;
    },
    [map],
  );
}
