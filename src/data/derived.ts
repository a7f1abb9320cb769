/**
 * The summary fields a jurisdiction's detail determines: marker counts and lane levels
 * from its 25 markers, and the list-endpoint view of a detail. One definition for the
 * mock API (src/sample-data/rules.ts) and the real one (server/store/read-model.ts), so both
 * serve the same summary for the same detail.
 */
import type { JurisdictionDetail, JurisdictionSummary, Lane, LaneLevels, Marker, MarkerCounts, MarkerLevel } from '../api/schemas';
import { LANES } from '../api/schemas';

const ORDER: Record<Exclude<MarkerLevel, 'not-assessed'>, number> = { initial: 0, defined: 1, optimized: 2 };
const BY_ORDER = ['initial', 'defined', 'optimized'] as const;

/**
 * A lane's level: the (lower) median of its assessed markers; 'not-assessed' when fewer
 * than 3 of its 5 markers are assessed.
 */
export function laneLevelOf(levels: readonly MarkerLevel[]): MarkerLevel {
  const assessed = levels
    .filter((l): l is Exclude<MarkerLevel, 'not-assessed'> => l !== 'not-assessed')
    .map((l) => ORDER[l])
    .sort((a, b) => a - b);
  if (assessed.length < 3) return 'not-assessed';
  const median = assessed[Math.floor((assessed.length - 1) / 2)];
  return median === undefined ? 'not-assessed' : BY_ORDER[median] ?? 'not-assessed';
}

export function laneLevels(markers: readonly Marker[]): LaneLevels {
  const of = (lane: Lane) => laneLevelOf(markers.filter((m) => m.lane === lane).map((m) => m.level));
  const out = {} as LaneLevels;
  for (const lane of LANES) out[lane] = of(lane);
  return out;
}

export function markerCounts(markers: readonly Marker[]): MarkerCounts {
  const counts: MarkerCounts = { initial: 0, defined: 0, optimized: 0, 'not-assessed': 0 };
  for (const m of markers) counts[m.level] += 1;
  return counts;
}

/** The list-endpoint view of a detail (fresh objects, nothing shared). */
export function toSummary(d: JurisdictionDetail): JurisdictionSummary {
  return {
    code: d.code,
    fips: d.fips,
    name: d.name,
    type: d.type,
    regionId: d.regionId,
    scip: { ...d.scip },
    markers: { ...d.markers },
    lanes: { ...d.lanes },
  };
}
