import type { MouseEvent } from 'react';
import { useUrlState } from '../url/use-url-state';
import { DEFAULT_URL_STATE, serializeUrlState } from '../url/url-params';
import { REGIONS } from '../data/reference';

/** Shown without a (valid) `region`: why, and the ten briefs to choose from. */
export function BriefChooser({ notices }: { notices: readonly string[] }) {
  const { navigate } = useUrlState();
  const open = (e: MouseEvent<HTMLAnchorElement>, id: number) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // let the browser open a new tab
    e.preventDefault();
    navigate({ region: id });
  };
  return (
    <section className="brief-chooser" aria-labelledby="brief-chooser-title">
      <h1 id="brief-chooser-title">Regional brief</h1>
      <p className="brief-notice" role="status">
        {notices.length ? notices.join(' ') : 'No region chosen.'} Choose one of the 10 CISA regions for its one-page brief.
      </p>
      <ul className="brief-region-list">
        {REGIONS.map((r) => (
          <li key={r.id}>
            <a href={serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'brief', region: r.id }) || '?'} onClick={(e) => open(e, r.id)}>
              Region {r.id} · {r.officeCity}, {r.officeState}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
