import { useQuery } from '@tanstack/react-query';
import { loadInsetFrames, loadLabels, loadNational, loadRegions } from '../geo/boundaries';

/** Boundaries are static assets: fetched once, never stale, never refetched. */
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 2 } as const;

export function useNationalGeometry() {
  return useQuery({ queryKey: ['geo', 'national'], queryFn: loadNational, ...forever });
}
export function useRegionGeometry() {
  return useQuery({ queryKey: ['geo', 'regions'], queryFn: loadRegions, ...forever });
}
export function useLabels() {
  return useQuery({ queryKey: ['geo', 'labels'], queryFn: loadLabels, ...forever });
}
export function useInsetFrames() {
  return useQuery({ queryKey: ['geo', 'inset-frames'], queryFn: loadInsetFrames, ...forever });
}
