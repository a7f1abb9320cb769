/**
 * Legend classes are computed once from the data and drive BOTH the legend and the
 * map paint, so the two can never disagree (see map-style.ts).
 */
import type { JurisdictionSummary, Lane } from '../api/schemas';
import type { LayerId } from './layers';
import { JURISDICTION_BY_CODE, REGION_IDS } from './reference';
import {
  LANE_LABEL,
  LEVEL_LABEL,
  LEVEL_ORDER,
  SCIP_STATUS_LABEL,
  SCIP_STATUS_ORDER,
  definedOrBetterShare,
} from './scip';
import { LEVEL_COLORS, NO_DATA_COLOR, REGION_COLORS, SCIP_STATUS_COLORS, SHARE_COLORS } from './palette';

export const NO_DATA_KEY = 'no-data';

export interface LegendClass {
  key: string;
  label: string;
  color: string;
  /** jurisdiction codes in this class, in the order given */
  codes: string[];
  /** true for the hatched "no data" class */
  noData?: boolean;
}

export interface Legend {
  layer: LayerId;
  title: string;
  classes: LegendClass[];
  classOf: Map<string, string>;
}

export const LAYER_TITLES: Record<LayerId, string> = {
  region: 'CISA region',
  scip: 'SCIP status',
  markers: 'Markers at Defined or better',
  'lane-governance': `Continuum: ${LANE_LABEL.governance}`,
  'lane-sop': `Continuum: ${LANE_LABEL.sop}`,
  'lane-technology': `Continuum: ${LANE_LABEL.technology}`,
  'lane-training': `Continuum: ${LANE_LABEL.training}`,
  'lane-usage': `Continuum: ${LANE_LABEL.usage}`,
};

/** Share bins: [lower bound inclusive, label]. */
const SHARE_BINS: readonly [number, string][] = [
  [0, 'Under 20%'],
  [0.2, '20–39%'],
  [0.4, '40–59%'],
  [0.6, '60–79%'],
  [0.8, '80% or more'],
];

export function shareBin(share: number): number {
  let bin = 0;
  SHARE_BINS.forEach(([lo], i) => {
    if (share >= lo) bin = i;
  });
  return bin;
}

function laneOf(layer: LayerId): Lane | null {
  return layer.startsWith('lane-') ? (layer.slice(5) as Lane) : null;
}

/**
 * `expectedCodes` is every jurisdiction the map draws; any without data lands in the
 * hatched no-data class instead of silently vanishing.
 */
export function buildLegend(layer: LayerId, summaries: readonly JurisdictionSummary[], expectedCodes: readonly string[]): Legend {
  const byCode = new Map(summaries.map((s) => [s.code, s]));
  const classes: LegendClass[] = [];
  const add = (key: string, label: string, color: string) => {
    const c: LegendClass = { key, label, color, codes: [] };
    classes.push(c);
    return c;
  };
  const noData: LegendClass = { key: NO_DATA_KEY, label: 'No data', color: NO_DATA_COLOR, codes: [], noData: true };
  let keyFor: (s: JurisdictionSummary) => string | null;
  let fallbackKey: (code: string) => string | null = () => null;

  if (layer === 'region') {
    REGION_IDS.forEach((id) => add(`r${id}`, `Region ${id}`, REGION_COLORS[id - 1] ?? NO_DATA_COLOR));
    keyFor = (s) => `r${s.regionId}`;
    // Region membership is reference data: the region map still draws if the API is down.
    fallbackKey = (code) => {
      const ref = JURISDICTION_BY_CODE.get(code);
      return ref ? `r${ref.regionId}` : null;
    };
  } else if (layer === 'scip') {
    SCIP_STATUS_ORDER.forEach((st) => add(st, SCIP_STATUS_LABEL[st], SCIP_STATUS_COLORS[st]));
    keyFor = (s) => s.scip.status;
  } else if (layer === 'markers') {
    SHARE_BINS.forEach(([, label], i) => add(`share-${i}`, label, SHARE_COLORS[i] ?? NO_DATA_COLOR));
    keyFor = (s) => `share-${shareBin(definedOrBetterShare(s.markers))}`;
  } else {
    const lane = laneOf(layer);
    LEVEL_ORDER.filter((l) => l !== 'not-assessed').forEach((l) => add(l, LEVEL_LABEL[l], LEVEL_COLORS[l]));
    // "not assessed" is the lane's no-data class: hatched, never a class colour.
    keyFor = (s) => {
      const level = lane ? s.lanes[lane] : 'not-assessed';
      return level === 'not-assessed' ? null : level;
    };
  }

  const classOf = new Map<string, string>();
  const classByKey = new Map(classes.map((c) => [c.key, c]));
  for (const code of expectedCodes) {
    const s = byCode.get(code);
    const key = s ? keyFor(s) : fallbackKey(code);
    const target = (key !== null && classByKey.get(key)) || noData;
    target.codes.push(code);
    classOf.set(code, target.key);
  }
  if (noData.codes.length > 0 || layer.startsWith('lane-')) classes.push(noData);
  return { layer, title: LAYER_TITLES[layer], classes, classOf };
}

/** Codes visible under a legend filter ("overdue,update-due"); null filter = all. */
export function filteredCodes(legend: Legend, filter: string | null): Set<string> | null {
  if (!filter) return null;
  const keys = new Set(filter.split(','));
  const codes = new Set<string>();
  legend.classes.filter((c) => keys.has(c.key)).forEach((c) => c.codes.forEach((code) => codes.add(code)));
  return codes;
}
