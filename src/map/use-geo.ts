import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundsOf } from '../geo/bounds';
import type { LngLatBounds } from '../geo/insets';
import { JURISDICTIONS } from '../data/reference';
import { loadInsetFrames, loadLabels, loadNational, loadRegionBorders, loadRegions } from '../geo/boundaries';

/** Boundaries are static assets: fetched once, never stale, never refetched. */
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 2 } as const;

export function useNationalGeometry() {
  return useQuery({ queryKey: ['geo', 'national'], queryFn: loadNational, ...forever });
}
/** Full region polygons: only fetched once something asks for them (a selected region). */
export function useRegionGeometry(enabled = true) {
  return useQuery({ queryKey: ['geo', 'regions'], queryFn: loadRegions, enabled, ...forever });
}
export function useRegionBorders() {
  return useQuery({ queryKey: ['geo', 'region-borders'], queryFn: loadRegionBorders, ...forever });
}
export function useLabels() {
  return useQuery({ queryKey: ['geo', 'labels'], queryFn: loadLabels, ...forever });
}
export function useInsetFrames() {
  return useQuery({ queryKey: ['geo', 'inset-frames'], queryFn: loadInsetFrames, ...forever });
}

/** Composite bounds of a region (insets included) to fit the camera to; null = national. */
export function useRegionFocus(regionId: number | null): LngLatBounds | null {
  const national = useNationalGeometry();
  return useMemo(() => {
    if (regionId === null || !national.data) return null;
    const codes = JURISDICTIONS.filter((j) => j.regionId === regionId).map((j) => j.code);
    return boundsOf(codes, national.data);
  }, [regionId, national.data]);
}
