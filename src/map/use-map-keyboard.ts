/**
 * The map's keyboard path: arrows move a cursor between jurisdictions (nearest label in
 * that direction), Enter opens, Escape clears, +/- zoom, 0 refits. Announced politely.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { nearestInDirection, type Direction } from '../geo/direction';
import type { LngLat, LngLatBounds } from '../geo/insets';
import { fitTo } from '../ui/map/camera';

const DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const COMPASS: Record<Direction, string> = { up: 'north', down: 'south', left: 'west', right: 'east' };
/** where the cursor starts when nothing is selected: the middle of the lower 48 */
const FIRST_CURSOR = 'KS';

export interface MapKeyboardOptions {
  map: MapRef | undefined;
  anchors: Record<string, LngLat> | undefined;
  selected: string | null;
  focus: LngLatBounds | null;
  motion: boolean;
  describe: (code: string) => string;
  onSelect: (code: string | null) => void;
  /** outlines the cursor's jurisdiction (feature-state) */
  hover: (code: string | null) => void;
}

export function useMapKeyboard(o: MapKeyboardOptions) {
  const { map, anchors, selected, focus, motion, describe, onSelect, hover } = o;
  const [cursor, setCursor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const moveCursor = useCallback(
    (code: string) => {
      setCursor(code);
      hover(code);
      setAnnouncement(`${describe(code)}. Press Enter to open.`);
    },
    [describe, hover],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!map || !anchors) return;
      const dir = DIRECTIONS[e.key];
      const zoomDuration = motion ? 300 : 0;
      if (dir) {
        e.preventDefault();
        const from = cursor ?? selected;
        const next = from ? nearestInDirection(from, dir, anchors) : FIRST_CURSOR;
        if (next) moveCursor(next);
        else setAnnouncement(`No jurisdiction further ${COMPASS[dir]}.`);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const code = cursor ?? selected;
        if (code) {
          onSelect(code);
          setAnnouncement(`Opened ${describe(code)}.`);
        }
      } else if (e.key === 'Escape') {
        setCursor(null);
        hover(null);
        onSelect(null);
        setAnnouncement('Selection cleared.');
      } else if (e.key === '+' || e.key === '=') {
        e.preventDefault();
        map.zoomIn({ duration: zoomDuration });
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        map.zoomOut({ duration: zoomDuration });
      } else if (e.key === '0') {
        fitTo(map, focus, false);
      }
    },
    [map, anchors, cursor, selected, moveCursor, onSelect, describe, hover, motion, focus],
  );

  return { cursor, setCursor, announcement, onKeyDown };
}
