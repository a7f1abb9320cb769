/**
 * The region's jurisdictions: each selectable (?state=XX), with its status chip, its
 * share of markers at Defined or better, and a Compare tick box feeding the comparison
 * (?compare=GA,AL, so a comparison is a link too; ticks replace the history entry).
 */
import { useMemo } from 'react';
import { useUrlState } from '../url/use-url-state';
import type { JurisdictionSummary } from '../api/schemas';
import { ShareBar } from '../charts/ShareBar';
import { StatusChip } from '../ui/StatusChip';
import { definedOrBetterShare } from '../data/scip';
import { JurisdictionButton } from './JurisdictionButton';
import { RegionCompare } from './RegionCompare';
import { PanelSection } from './PanelSection';

export function RegionJurisdictions({ regionId, members }: { regionId: number; members: readonly JurisdictionSummary[] }) {
  const { url, navigate } = useUrlState();
  const compare = useMemo(() => url.compare ?? [], [url.compare]);
  const compared = useMemo(() => members.filter((s) => compare.includes(s.code)), [members, compare]);
  const setCompare = (codes: readonly string[]) => navigate({ compare: codes.length ? [...codes] : null }, { replace: true });
  const toggle = (code: string) => setCompare(compare.includes(code) ? compare.filter((x) => x !== code) : [...compare, code]);
  return (
    <>
      <PanelSection title={`Jurisdictions (${members.length})`}>
        <p className="panel-hint">Tick two or more to compare them side by side.</p>
        <ul className="jurisdiction-list" aria-label={`Jurisdictions in Region ${regionId}`}>
          {members.map((s) => (
            <li key={s.code} className="jurisdiction-item">
              <span className="jurisdiction-name">
                <JurisdictionButton code={s.code} name={s.name} />
              </span>
              <StatusChip status={s.scip.status} prefix="SCIP status" />
              <ShareBar share={definedOrBetterShare(s.markers)} label="of markers at Defined or better" />
              <label className="compare-check">
                <input type="checkbox" checked={compare.includes(s.code)} onChange={() => toggle(s.code)} />
                Compare{' '}
                <span className="visually-hidden">{s.name}</span>
              </label>
            </li>
          ))}
        </ul>
        {compared.length === 1 ? <p className="panel-hint" role="status">Tick one more jurisdiction to compare.</p> : null}
      </PanelSection>
      {compared.length >= 2 ? <RegionCompare items={compared} onClear={() => setCompare([])} /> : null}
    </>
  );
}
