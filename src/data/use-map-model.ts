import { useMemo } from 'react';
import { useJurisdictions } from '../api/queries';
import type { JurisdictionSummary } from '../api/schemas';
import { buildLegend, filteredCodes, type Legend } from './legend';
import { describeJurisdiction } from './describe';
import { JURISDICTIONS } from './reference';
import type { LayerId } from './layers';

const ALL_CODES = JURISDICTIONS.map((j) => j.code);

export interface MapModel {
  legend: Legend;
  visible: Set<string> | null;
  byCode: ReadonlyMap<string, JurisdictionSummary>;
  describe: (code: string) => string;
}

/** What the map, legend and table all derive from: one legend, so they always agree. */
export function useLegendModel(layer: LayerId, filter: string | null, summaries: readonly JurisdictionSummary[] | undefined): MapModel {
  const byCode = useMemo(() => new Map((summaries ?? []).map((s) => [s.code, s])), [summaries]);
  const legend = useMemo(() => buildLegend(layer, summaries ?? [], ALL_CODES), [layer, summaries]);
  const visible = useMemo(() => filteredCodes(legend, filter), [legend, filter]);
  const describe = useMemo(() => (code: string) => describeJurisdiction(code, byCode), [byCode]);
  return { legend, visible, byCode, describe };
}

/** The dashboard's model, fed by the jurisdictions query. */
export function useMapModel(layer: LayerId, filter: string | null): MapModel & { query: ReturnType<typeof useJurisdictions> } {
  const query = useJurisdictions();
  return { ...useLegendModel(layer, filter, query.data), query };
}
