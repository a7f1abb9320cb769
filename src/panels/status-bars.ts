/** Bars for "counts by SCIP status", most urgent first, in the status colours (region and national panels). */
import type { JurisdictionSummary } from '../api/schemas';
import type { BarDatum } from '../charts/bar-chart';
import { SCIP_STATUS_COLORS } from '../data/palette';
import { SCIP_STATUS_LABEL, SCIP_STATUS_ORDER } from '../data/scip';
import { countByStatus } from '../data/summaries';

export function statusBars(summaries: readonly JurisdictionSummary[]): BarDatum[] {
  const counts = countByStatus(summaries);
  return SCIP_STATUS_ORDER.map((s) => ({ key: s, label: SCIP_STATUS_LABEL[s], value: counts[s], color: SCIP_STATUS_COLORS[s] }));
}

/** "Overdue 2, Update due 2, …" for a chart's <desc>. */
export const describeCounts = (bars: readonly { label: string; value: number }[]): string =>
  bars.map((b) => `${b.label} ${b.value}`).join(', ');
