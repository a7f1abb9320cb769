/**
 * Answers at the edges: a ZIP that crosses a state line (each state's part, its region
 * and coordinators, most likely first), military and diplomatic mail (no region), and
 * the Freely Associated States (FEMA Region 9's area, no SCIP: the Region 9 office).
 */
import { useId } from 'react';
import { ContactCard } from '../ui/ContactCard';
import { JURISDICTION_BY_CODE } from '../data/reference';
import { coordinatorsFor, jurisdictionHeading, regionOf } from '../data/coordinators-for';
import type { Place } from './places';
import type { RegionsState } from './SearchResult';

/** The region whose office answers for the Freely Associated States. */
export const FAS_REGION = 9;

const stateName = (code: string | null) => (code ? (JURISDICTION_BY_CODE.get(code)?.name ?? code) : '');

/** "Oregon (Region 10)" */
function stateWithRegion(code: string | null, regions: RegionsState): string {
  const region = code ? regionOf(regions.data, code) : null;
  return region === null ? stateName(code) : `${stateName(code)} (Region ${region})`;
}

/** "Most likely Oregon (Region 10), where its post office is; partly California (Region 9)." */
export function partsSummary(parts: readonly Place[], regions: RegionsState): string {
  const [first, ...rest] = parts;
  if (!first) return '';
  const others = rest.map((p) => stateWithRegion(p.state, regions)).join(' and ');
  return `Most likely ${stateWithRegion(first.state, regions)}, where its post office is; partly ${others}.`;
}

function Coordinators({ code, regions }: { code: string; regions: RegionsState }) {
  if (regions.error) return <p className="find-result-error">Coordinators could not be loaded: {regions.error.message}</p>;
  if (!regions.data) return <p>Loading coordinators…</p>;
  const coordinators = coordinatorsFor(regions.data, code);
  if (coordinators.length === 0) return <p>No coordinator is listed for this jurisdiction.</p>;
  return (
    <div className="find-cards">
      {coordinators.map((c) => (
        <ContactCard key={c.id} coordinator={c} headingLevel={4} />
      ))}
    </div>
  );
}

function ZipPart({ part, likely, regions, onPick }: { part: Place; likely: boolean; regions: RegionsState; onPick: (p: Place) => void }) {
  const headingId = useId();
  const code = part.state ?? '';
  return (
    <li>
      <section aria-labelledby={headingId} className="find-part">
        <h3 id={headingId} className="find-part-heading">
          {jurisdictionHeading(code, regionOf(regions.data, code))}
        </h3>
        <p>
          {likely ? 'Most likely: the ZIP’s post office is in this state.' : 'Part of the ZIP’s area is in this state.'}
          {part.detail ? ` ${part.detail.includes(',') ? 'Counties' : 'County'}: ${part.detail}.` : ''}
        </p>
        <button type="button" className="find-part-open" onClick={() => onPick(part)}>
          Choose {stateName(code)}
        </button>
        <Coordinators code={code} regions={regions} />
      </section>
    </li>
  );
}

export function ZipPartsResult(props: {
  place: Place;
  parts: readonly Place[];
  note: string | undefined;
  regions: RegionsState;
  headingId: string;
  onPick: (p: Place) => void;
}) {
  const { place, parts, note, regions, headingId, onPick } = props;
  return (
    <>
      <h2 id={headingId} className="find-result-heading">
        ZIP {place.query} is in {parts.length} states
      </h2>
      {note ? <p className="find-result-note">{note}</p> : null}
      <p className="find-result-place">ZIP code: {place.label}</p>
      <p>{partsSummary(parts, regions)} Each state has its own coordinator; choose yours.</p>
      <ol className="find-parts">
        {parts.map((p, i) => (
          <ZipPart key={p.id} part={p} likely={i === 0} regions={regions} onPick={onPick} />
        ))}
      </ol>
      <p className="find-result-source">States and counties of ZIP areas: U.S. Census Bureau, 2020 ZCTA relationship file.</p>
    </>
  );
}

export function MilitaryResult({ message, headingId }: { message: string; headingId: string }) {
  return (
    <>
      <h2 id={headingId} className="find-result-heading">
        Military or diplomatic mail address
      </h2>
      <p>{message}</p>
    </>
  );
}

export function FreelyAssociatedResult(props: { place: Place | null; message: string; regions: RegionsState; headingId: string }) {
  const { place, message, regions, headingId } = props;
  const region = regions.data?.find((r) => r.id === FAS_REGION);
  return (
    <>
      <h2 id={headingId} className="find-result-heading">
        Freely Associated States: FEMA Region {FAS_REGION}
      </h2>
      {place ? <p className="find-result-place">{place.label}</p> : null}
      <p>{message}</p>
      {regions.error ? (
        <p className="find-result-error">The Region {FAS_REGION} office could not be loaded: {regions.error.message}</p>
      ) : !region ? (
        <p>Loading the Region {FAS_REGION} office…</p>
      ) : (
        <>
          <p>
            Region {FAS_REGION} office: {region.office.address}, {region.office.city}, {region.office.state}
          </p>
          <div className="find-cards">
            {region.coordinators.map((c) => (
              <ContactCard key={c.id} coordinator={c} headingLevel={3} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
