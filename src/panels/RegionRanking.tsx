/** Regions ranked by share of markers at Defined or better, with their overdue counts; each selects its region. */
import type { RegionRank } from '../data/summaries';
import { ShareBar } from '../charts/ShareBar';
import { REGIONS } from '../data/reference';
import { RegionButton } from './RegionButton';

export function RegionRanking({ ranks }: { ranks: readonly RegionRank[] }) {
  return (
    <ol className="region-ranking" aria-label="Regions ranked by share of markers at Defined or better">
      {ranks.map((r) => {
        const ref = REGIONS.find((x) => x.id === r.regionId);
        return (
          <li key={r.regionId} className="region-rank">
            <span className="jurisdiction-name">
              <RegionButton regionId={r.regionId} />
              {ref ? <span className="panel-muted"> {ref.officeCity}</span> : null}
            </span>
            <ShareBar share={r.share} label="of markers at Defined or better" />
            <span className="jurisdiction-note">
              {r.overdue} of {r.count} overdue
            </span>
          </li>
        );
      })}
    </ol>
  );
}
