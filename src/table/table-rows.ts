/** Pure row model of the table view: the same summaries and legend as the map. */
import type { JurisdictionSummary } from '../api/schemas';
import type { Legend } from '../data/legend';
import { JURISDICTIONS } from '../data/reference';
import { SCIP_STATUS_LABEL, SCIP_STATUS_ORDER, definedOrBetterShare, formatPercent } from '../data/scip';

export interface TableRow {
  code: string;
  name: string;
  regionId: number;
  status: string;
  statusRank: number;
  lastAnnualReport: string | null;
  markersShare: number | null;
  legendKey: string;
  legendLabel: string;
}

export type SortKey = 'name' | 'code' | 'regionId' | 'status' | 'lastAnnualReport' | 'markersShare' | 'legendLabel';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export function buildRows(byCode: ReadonlyMap<string, JurisdictionSummary>, legend: Legend): TableRow[] {
  const labelOf = new Map(legend.classes.map((c) => [c.key, c.label]));
  return JURISDICTIONS.map((ref) => {
    const s = byCode.get(ref.code);
    const legendKey = legend.classOf.get(ref.code) ?? '';
    return {
      code: ref.code,
      name: s?.name ?? ref.name,
      regionId: s?.regionId ?? ref.regionId,
      status: s ? SCIP_STATUS_LABEL[s.scip.status] : 'No data',
      statusRank: s ? SCIP_STATUS_ORDER.indexOf(s.scip.status) : 99,
      lastAnnualReport: s?.scip.lastAnnualReport ?? null,
      markersShare: s ? definedOrBetterShare(s.markers) : null,
      legendKey,
      legendLabel: labelOf.get(legendKey) ?? '',
    };
  });
}

export function filterRows(rows: readonly TableRow[], text: string, visible: Set<string> | null): TableRow[] {
  const q = text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!visible || visible.has(r.code)) &&
      (!q || r.name.toLowerCase().includes(q) || r.code.toLowerCase() === q || r.status.toLowerCase().includes(q) || `region ${r.regionId}` === q),
  );
}

export function sortRows(rows: readonly TableRow[], sort: Sort): TableRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const value = (r: TableRow): string | number => {
    switch (sort.key) {
      case 'status':
        return r.statusRank;
      case 'markersShare':
        return r.markersShare ?? -1;
      case 'lastAnnualReport':
        return r.lastAnnualReport ?? '';
      default:
        return r[sort.key];
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? sign * c : a.name.localeCompare(b.name);
  });
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : formatPercent(share);
}
