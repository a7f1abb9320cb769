/** SCIP status of one jurisdiction from the summaries list: chip + plain-language sentence. */
import { useMemo } from 'react';
import { useJurisdictions, useMeta } from '../api/queries';
import { StatusChip } from '../ui/StatusChip';
import { formatDay } from '../data/freshness';
import { scipSentence } from '../data/scip-sentence';
import { QuerySection } from './QuerySection';
import { ScipEditor } from './edit/ScipEditor';

export function StateScipSection({ code, name }: { code: string; name: string }) {
  const summaries = useJurisdictions();
  const meta = useMeta();
  const summary = useMemo(() => summaries.data?.find((s) => s.code === code), [summaries.data, code]);
  const asOf = meta.data?.asOf;
  const sentence = useMemo(() => (summary && asOf ? scipSentence(summary.scip, asOf) : null), [summary, asOf]);
  return (
    <QuerySection title="SCIP status" query={summaries} what="SCIP status" skeletonLines={2}>
      {() =>
        summary ? (
          <div className="scip-status">
            <StatusChip status={summary.scip.status} prefix="SCIP status" />
            {sentence ? <p className="scip-sentence">{sentence}</p> : null}
            <dl className="panel-facts">
              <dt>Plan adopted</dt>
              <dd>{formatDay(summary.scip.adopted)}</dd>
              <dt>Plan expires</dt>
              <dd>{formatDay(summary.scip.expires)}</dd>
              <dt>Last annual report</dt>
              <dd>{summary.scip.lastAnnualReport ? formatDay(summary.scip.lastAnnualReport) : 'None on record'}</dd>
              <dt>Next workshop</dt>
              <dd>{summary.scip.nextWorkshop ? formatDay(summary.scip.nextWorkshop) : 'None scheduled'}</dd>
            </dl>
            <ScipEditor code={code} name={name} regionId={summary.regionId} />
          </div>
        ) : (
          <p className="panel-empty">No SCIP summary for {name} in this dataset.</p>
        )
      }
    </QuerySection>
  );
}
