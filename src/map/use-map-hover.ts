import { useCallback, useState } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';

export interface Hover {
  code: string;
  x: number;
  y: number;
}

/** Pointer hover over a jurisdiction: its outline (feature-state) and the tooltip's place. */
export function useMapHover(hoverOutline: (code: string | null) => void, cursor: string | null) {
  const [hover, setHover] = useState<Hover | null>(null);
  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        hoverOutline(code);
        setHover({ code, x: e.point.x, y: e.point.y });
      } else {
        // off the shapes, the keyboard cursor keeps its outline
        hoverOutline(cursor);
        setHover(null);
      }
    },
    [cursor, hoverOutline],
  );
  const onMouseLeave = useCallback(() => {
    setHover(null);
    hoverOutline(cursor);
  }, [cursor, hoverOutline]);
  return { hover, onMouseMove, onMouseLeave };
}
