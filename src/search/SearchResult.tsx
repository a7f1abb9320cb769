import type { Region } from '../api/schemas';
import { ContactCard } from '../ui/ContactCard';
import { coordinatorsFor, jurisdictionHeading, regionOf, resultAnnouncement } from '../data/coordinators-for';
import type { Place } from './places';
import type { Resolution } from './resolver';
import { FreelyAssociatedResult, MilitaryResult, ZipPartsResult, partsSummary } from './BoundaryResults';

/** What the result area shows: a resolution, or the states around one. */
export type Outcome =
  | Resolution
  | { kind: 'busy'; message: string }
  | { kind: 'error'; title: string; message: string };

export interface RegionsState {
  data: readonly Region[] | undefined;
  isPending: boolean;
  error: Error | null;
}

interface Props {
  outcome: Outcome;
  regions: RegionsState;
  headingId: string;
  onPick: (place: Place) => void;
}

const PLACE_KIND: Record<Place['kind'], string> = {
  state: 'State',
  county: 'County',
  city: 'City',
  zip: 'ZIP code',
  point: 'Location',
};

const kindOf = (p: Place) => p.kindLabel ?? PLACE_KIND[p.kind];

/** Choices, each with the state and region it would answer with: a name across state lines picks the coordinator. */
function PlaceChoices({ places, regions, onPick }: { places: readonly Place[]; regions: RegionsState; onPick: (p: Place) => void }) {
  return (
    <ul className="find-choices">
      {places.map((p) => (
        <li key={p.id}>
          <button type="button" onClick={() => onPick(p)}>
            {p.label}
          </button>
          {p.state && p.kind !== 'state' ? (
            <span className="find-choice-where"> {jurisdictionHeading(p.state, regionOf(regions.data, p.state))}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MatchResult(props: { code: string; place: Place; note: string | undefined; regions: RegionsState; headingId: string }) {
  const { code, place, note, regions, headingId } = props;
  const heading = jurisdictionHeading(code, regionOf(regions.data, code));
  const coordinators = regions.data ? coordinatorsFor(regions.data, code) : null;
  return (
    <>
      <h2 id={headingId} className="find-result-heading">
        {heading}
      </h2>
      {note ? <p className="find-result-note">{note}</p> : null}
      {place.kind !== 'state' ? (
        <p className="find-result-place">
          {kindOf(place)}: {place.label}
          {place.detail ? ` (${place.detail})` : ''}
        </p>
      ) : null}
      {regions.error ? (
        <p className="find-result-error">Coordinators could not be loaded: {regions.error.message}</p>
      ) : coordinators === null ? (
        <p>Loading coordinators…</p>
      ) : coordinators.length === 0 ? (
        <p>No coordinator is listed for this jurisdiction.</p>
      ) : (
        <div className="find-cards">
          {coordinators.map((c) => (
            <ContactCard key={c.id} coordinator={c} headingLevel={3} />
          ))}
        </div>
      )}
    </>
  );
}

/** The sentence the polite live region reads for an outcome ("Texas, Region 6: coordinator Jane Doe"). */
export function outcomeAnnouncement(outcome: Outcome | null, regions: RegionsState): string {
  if (outcome === null) return '';
  switch (outcome.kind) {
    case 'match': {
      const heading = jurisdictionHeading(outcome.code, regionOf(regions.data, outcome.code));
      return resultAnnouncement(heading, regions.data ? coordinatorsFor(regions.data, outcome.code) : null);
    }
    case 'multi':
      return `ZIP ${outcome.place.query} is in ${outcome.parts.length} states. ${partsSummary(outcome.parts, regions)} Choose one from the list.`;
    case 'ambiguous':
      return `“${outcome.query}” matches ${outcome.candidates.length + outcome.more} places in different states. Choose one from the list.`;
    case 'suggest':
      return `${outcome.message} Did you mean ${outcome.suggestions.map((p) => p.label).join(', or ')}?`;
    case 'outside':
    case 'military':
    case 'freely-associated':
    case 'none':
    case 'error':
      return outcome.message;
    case 'busy':
      return '';
  }
}

/** The body of the search result panel. */
export function SearchResult({ outcome, regions, headingId, onPick }: Props) {
  switch (outcome.kind) {
    case 'match':
      return <MatchResult code={outcome.code} place={outcome.place} note={outcome.note} regions={regions} headingId={headingId} />;
    case 'multi':
      return (
        <ZipPartsResult
          place={outcome.place}
          parts={outcome.parts}
          note={outcome.note}
          regions={regions}
          headingId={headingId}
          onPick={onPick}
        />
      );
    case 'military':
      return <MilitaryResult message={outcome.message} headingId={headingId} />;
    case 'freely-associated':
      return <FreelyAssociatedResult place={outcome.place} message={outcome.message} regions={regions} headingId={headingId} />;
    case 'outside':
      return (
        <>
          <h2 id={headingId} className="find-result-heading">
            Outside the CISA regions
          </h2>
          {outcome.place ? (
            <p>
              {kindOf(outcome.place)}: {outcome.place.label}
            </p>
          ) : null}
          <p>{outcome.message}</p>
        </>
      );
    case 'ambiguous':
      return (
        <>
          <h2 id={headingId} className="find-result-heading">
            Which “{outcome.query}”?
          </h2>
          {outcome.note ? <p className="find-result-note">{outcome.note}</p> : null}
          <p>“{outcome.query}” matches places in several states, each with its own coordinator. Choose one:</p>
          <PlaceChoices places={outcome.candidates} regions={regions} onPick={onPick} />
          {outcome.more > 0 ? (
            <p>
              …and {outcome.more} more. Add the state to narrow it down, e.g. “{outcome.query}, {outcome.candidates[0]?.state ?? 'TX'}”.
            </p>
          ) : null}
        </>
      );
    case 'suggest':
      return (
        <>
          <h2 id={headingId} className="find-result-heading">
            Did you mean…
          </h2>
          <p>{outcome.message} Did you mean:</p>
          <PlaceChoices places={outcome.suggestions} regions={regions} onPick={onPick} />
        </>
      );
    case 'none':
    case 'error':
      return (
        <>
          <h2 id={headingId} className="find-result-heading">
            {outcome.kind === 'none' ? 'No match' : outcome.title}
          </h2>
          <p>{outcome.message}</p>
        </>
      );
    case 'busy':
      return <p id={headingId}>{outcome.message}</p>;
  }
}
