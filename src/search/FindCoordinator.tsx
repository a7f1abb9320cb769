/**
 * "Find your coordinator": one box that takes a state, county, city, ZIP or
 * coordinates (or the device's location) and answers with the jurisdiction, its
 * region and its coordinators' contact cards. The URL carries the search
 * (`?find=`), so a link runs it again; a match also selects the state (`?state=`).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRegions } from '../api/queries';
import { useUrlState } from '../url/use-url-state';
import type { SearchEngine } from './engine';
import type { Place } from './places';
import { locateUser } from './geolocation';
import type { Resolution } from './resolver';
import { SearchCombobox } from './SearchCombobox';
import { SearchResult, outcomeAnnouncement, type Outcome } from './SearchResult';
import { useSearchEngine } from './use-search-engine';
import { setSearchPoints } from './search-point';
import { toComposite } from '../geo/insets';
import './find-coordinator.css';

const LABEL = 'Find your coordinator';

/**
 * What the composite map marks for a result: a point-like match (ZIP, city, county,
 * coordinates), each state's part of a ZIP across a state line, each candidate of a
 * name in several states.
 */
function pointsToMark(res: Resolution): Array<[number, number]> {
  const places = res.kind === 'match' ? [res.place] : res.kind === 'multi' ? res.parts : res.kind === 'ambiguous' ? res.candidates : [];
  return places.flatMap((p) => (p.state !== null && p.lat !== null && p.lon !== null ? [toComposite(p.state, [p.lon, p.lat])] : []));
}
const MAX_FIND_LENGTH = 200;

export function FindCoordinator() {
  const { url, navigate } = useUrlState();
  const regions = useRegions();
  const { engine, dataVersion, ensure, prepare } = useSearchEngine();
  const ids = useId();
  const inputId = `${ids}-find`;
  const hintId = `${ids}-hint`;
  const resultHeadingId = `${ids}-result`;

  const [text, setText] = useState(url.find ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dismissed, setDismissed] = useState(false);
  /** the ?find= text this component last ran or wrote, so its own URL writes do not re-run it */
  const lastFind = useRef<string | null>(null);
  const runSeq = useRef(0);
  const inputRef = useRef<HTMLInputElement | null>(null);

  // Computed again when more of the gazetteer lands (`dataVersion`): a ZIP prefix's shard, the names index.
  const options = useMemo(
    () => (engine && text.trim() !== '' ? engine.suggest(text) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, text, dataVersion],
  );

  const show = (next: Outcome | null) => {
    setOutcome(next);
    setDismissed(false);
  };

  const finish = (res: Resolution, findText: string | null, fromLink: boolean) => {
    const find = (findText ?? ('place' in res && res.place ? res.place.query : '')).slice(0, MAX_FIND_LENGTH) || null;
    lastFind.current = find;
    if (find !== null) setText(find);
    show(res);
    setSearchPoints(pointsToMark(res));
    if (res.kind === 'match') navigate({ state: res.code, find }, { replace: fromLink });
    else navigate({ find }, { replace: true });
  };

  const run = async (task: (e: SearchEngine) => Promise<Resolution>, findText: string | null, fromLink = false) => {
    const seq = ++runSeq.current;
    show({ kind: 'busy', message: engine ? 'Searching…' : 'Loading the place index…' });
    try {
      const res = await task(await ensure());
      if (seq === runSeq.current) finish(res, findText, fromLink);
    } catch (err) {
      if (seq !== runSeq.current) return;
      const why = err instanceof Error ? err.message : String(err);
      show({
        kind: 'error',
        title: 'Search unavailable',
        message: `Search could not load its data (${why}). Check your connection and try again.`,
      });
    }
  };

  const submitText = (raw: string) => {
    const query = raw.trim();
    if (query === '') {
      show({ kind: 'none', query: '', message: 'Type a state, county, city, ZIP code or coordinates first.' });
      return;
    }
    void run((e) => e.resolve(query), query);
  };

  const pick = (place: Place) => {
    setText(place.query);
    void run((e) => e.resolvePlace(place), place.query);
  };

  const locateMe = async () => {
    const seq = ++runSeq.current;
    show({ kind: 'busy', message: 'Finding your location…' });
    void ensure().catch(() => undefined);
    const located = await locateUser();
    if (seq !== runSeq.current) return;
    if (!located.ok) {
      show({ kind: 'error', title: 'Location unavailable', message: located.message });
      return;
    }
    void run((e) => e.resolvePoint(located.lat, located.lon), null);
  };

  // ?find= from a link (or Back/Forward): run it once per distinct value.
  useEffect(() => {
    const find = url.find;
    if (find === lastFind.current) return;
    lastFind.current = find;
    if (find === null) {
      setText('');
      setOutcome(null);
      setSearchPoints([]);
      return;
    }
    setText(find);
    void run((e) => e.resolve(find), find, true);
    // `run` is recreated each render; this effect must follow the URL only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url.find]);

  // A result for another state is stale once the user selects a different one elsewhere.
  const stale = outcome?.kind === 'match' && url.state !== null && url.state !== outcome.code;
  const visible = outcome !== null && !dismissed && !stale;
  const regionsState = { data: regions.data, isPending: regions.isPending, error: regions.error };
  const announcement = visible ? outcomeAnnouncement(outcome, regionsState) : '';

  const dismiss = () => {
    setDismissed(true);
    inputRef.current?.focus();
  };

  return (
    <div className="find">
      <form
        role="search"
        aria-label={LABEL}
        className="find-form"
        onSubmit={(e) => {
          e.preventDefault();
          submitText(text);
        }}
      >
        <label htmlFor={inputId} className="find-label">
          {LABEL}
        </label>
        <div className="find-row">
          <SearchCombobox
            id={inputId}
            inputRef={inputRef}
            value={text}
            options={options}
            placeholder="State, county, city, ZIP or lat, lon"
            describedBy={hintId}
            onValueChange={(v) => {
              setText(v);
              prepare(v);
            }}
            onPick={pick}
            onFocus={() => void ensure().catch(() => undefined)}
          />
          <button type="submit" className="find-submit">
            Find
          </button>
          <button type="button" className="find-locate" onClick={() => void locateMe()}>
            Use my location
          </button>
        </div>
        <p id={hintId} className="visually-hidden">
          A state (Texas or TX), county (Travis County, TX), city (Kansas City, MO), 5-digit ZIP code, an address
          (Austin, TX 78701), or coordinates (40.7128, -74.0060). What you type stays in your browser. Suggestions
          appear as you type; use the arrow keys to choose one.
        </p>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {visible ? (
        // Escape anywhere inside the result closes it (delegated from its buttons and links).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <section
          className="find-result"
          aria-labelledby={resultHeadingId}
          onKeyDown={(e) => {
            if (e.key === 'Escape') dismiss();
          }}
        >
          <button type="button" className="find-result-close" aria-label="Close search result" onClick={dismiss}>
            ×
          </button>
          <SearchResult outcome={outcome} regions={regionsState} headingId={resultHeadingId} onPick={pick} />
        </section>
      ) : null}
    </div>
  );
}
