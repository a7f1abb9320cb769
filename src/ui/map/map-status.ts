import { createContext, useContext } from 'react';

/** What the map's own parts need to know about the canvas they are drawn on. */
export interface MapStatus {
  /** the boundaries are drawn (the first idle with the jurisdictions source loaded) */
  ready: boolean;
  /** bumps each time a lost WebGL context rebuilds the map */
  generation: number;
}

export const MapStatusContext = createContext<MapStatus>({ ready: false, generation: 0 });

export function useMapStatus(): MapStatus {
  return useContext(MapStatusContext);
}
