import { TimeStamp } from '../ui/TimeStamp';
import { JURISDICTION_BY_CODE } from '../data/reference';
import type { SnapshotChange } from '../data/snapshot-diff';
import type { TourStop } from '../data/tour';

export interface ChangesPanelProps {
  /** null: this display has no earlier snapshot to compare with yet */
  changes: readonly SnapshotChange[] | null;
  /** meta.asOf of the snapshot compared with */
  since: string | null;
  /** on a region stop only that region's changes are listed; the national frame lists all */
  stop: TourStop;
}

/** Room for this many sentences in the footer at wall type size. */
const MAX_SHOWN = 3;

/**
 * "Changes since last briefing", paged by the tour instead of scrolled: each region stop
 * shows its own changes, so nothing moves on its own and no extra timer runs.
 */
export function ChangesPanel({ changes, since, stop }: ChangesPanelProps) {
  const scoped =
    changes && stop !== 'national' ? changes.filter((c) => JURISDICTION_BY_CODE.get(c.code)?.regionId === stop) : changes;
  const where = stop === 'national' ? '' : ` in Region ${stop}`;
  return (
    <section className="wall-changes" aria-labelledby="wall-changes-title">
      <h2 id="wall-changes-title" className="wall-changes-title">
        Changes since last briefing
        {since ? (
          <span className="wall-changes-since">
            {' '}
            (data of <TimeStamp iso={since} />)
          </span>
        ) : null}
      </h2>
      {scoped === null ? (
        <p className="wall-changes-empty">None recorded yet: this display keeps the previous data version to compare with.</p>
      ) : scoped.length === 0 ? (
        <p className="wall-changes-empty">No changes{where}.</p>
      ) : (
        <ul className="wall-changes-list">
          {scoped.slice(0, MAX_SHOWN).map((c) => (
            <li key={`${c.code}-${c.kind}`} data-direction={c.direction}>
              {c.text}
            </li>
          ))}
          {scoped.length > MAX_SHOWN ? <li className="wall-changes-more">and {scoped.length - MAX_SHOWN} more{where}</li> : null}
        </ul>
      )}
    </section>
  );
}
