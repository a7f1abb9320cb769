import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundsOf, trueBoundsOf } from './bounds';
import { insetOf, type LngLatBounds } from './insets';
import { JURISDICTIONS } from '../data/reference';
import { loadInsetFrames, loadLabels, loadNational, loadTrueJurisdictions } from './boundaries';

/** Boundaries are static assets: fetched once, never stale, never refetched. */
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 2 } as const;

/** The composite geometry on the main thread (the map's own copy is fetched by its worker). */
export function useNationalGeometry(enabled = true) {
  return useQuery({ queryKey: ['geo', 'national'], queryFn: loadNational, enabled, ...forever });
}
export function useLabels() {
  return useQuery({ queryKey: ['geo', 'labels'], queryFn: loadLabels, ...forever });
}
export function useInsetFrames() {
  return useQuery({ queryKey: ['geo', 'inset-frames'], queryFn: loadInsetFrames, ...forever });
}

/** Composite bounds of a region (insets included) to fit the camera to; null = national. */
export function useRegionFocus(regionId: number | null): LngLatBounds | null {
  const national = useNationalGeometry(regionId !== null);
  return useMemo(() => {
    if (regionId === null || !national.data) return null;
    const codes = JURISDICTIONS.filter((j) => j.regionId === regionId).map((j) => j.code);
    return boundsOf(codes, national.data);
  }, [regionId, national.data]);
}

export interface StateFocus {
  /** where the camera goes; null = no zoom (or its geometry is still loading) */
  focus: LngLatBounds | null;
  /** the zoomed jurisdiction is an inset one, shown at its true location (the map draws it there) */
  atTrueLocation: boolean;
}

/**
 * A close zoom on one jurisdiction (code = null: none): its own bounds, which for the lower
 * 48 and DC are true geography already, and for an inset jurisdiction its TRUE location.
 */
export function useStateFocus(code: string | null): StateFocus {
  const atTrueLocation = code !== null && insetOf(code) !== undefined;
  const national = useNationalGeometry(code !== null && !atTrueLocation);
  const trueGeo = useQuery({ queryKey: ['geo', 'true-jurisdictions'], queryFn: loadTrueJurisdictions, enabled: atTrueLocation, ...forever });
  const focus = useMemo(() => {
    if (code === null) return null;
    if (atTrueLocation) return trueGeo.data ? trueBoundsOf(code, trueGeo.data) : null;
    return national.data ? boundsOf([code], national.data) : null;
  }, [code, atTrueLocation, national.data, trueGeo.data]);
  return { focus, atTrueLocation };
}
