/** ICTAP technical-assistance requests, open ones first, newest first within each group. */
import { useMemo } from 'react';
import type { TaRequest } from '../api/schemas';
import { formatDay } from '../data/freshness';
import { TA_STATUS_LABEL } from '../data/scip';
import { PanelSection } from './PanelSection';
import { TaAddEditor, TaStatusEditor } from './edit/TaEditors';

const STATUS_RANK: Record<TaRequest['status'], number> = { 'in-delivery': 0, scheduled: 1, requested: 2, complete: 3 };

export function TaRequestList({ requests, code, name, regionId }: { requests: readonly TaRequest[]; code: string; name: string; regionId: number }) {
  const sorted = useMemo(
    () => [...requests].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.requested.localeCompare(a.requested)),
    [requests],
  );
  return (
    <PanelSection title="Technical-assistance requests">
      {sorted.length === 0 ? (
        <p className="panel-empty">No technical-assistance requests on record</p>
      ) : (
        <ul className="ta-list">
          {sorted.map((t) => (
            <li key={t.id} className="ta-item">
              <span className="ta-title">{t.title}</span>
              <span className="ta-status" data-status={t.status}>
                {TA_STATUS_LABEL[t.status]}
              </span>
              <span className="ta-meta">
                {t.category} · {t.id} · requested {formatDay(t.requested)}, updated {formatDay(t.updated)}
              </span>
              <TaStatusEditor code={code} regionId={regionId} request={t} />
            </li>
          ))}
        </ul>
      )}
      <TaAddEditor code={code} name={name} regionId={regionId} />
    </PanelSection>
  );
}
