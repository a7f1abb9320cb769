/**
 * `?mode=brief&region=N`: a one-page, printable regional brief (US Letter, landscape).
 * Without a valid region it explains why and offers the ten regions.
 */
import { useMeta, useRegions, useJurisdictions } from '../api/queries';
import { describeApiFailure } from '../api/errors';
import { useUrlState } from '../url/use-url-state';
import { ContactCard } from '../ui/ContactCard';
import { StatusChip } from '../ui/StatusChip';
import { formatAsOf, formatDay } from '../data/freshness';
import { definedOrBetterTotals, regionSummaries } from '../data/summaries';
import { BriefChooser } from './BriefChooser';
import { BriefRegionMap } from './BriefRegionMap';
import { formatPercent, regionOfficeLabel } from './format';
import './brief.css';


export function BriefPage() {
  const { url, notices } = useUrlState();
  return <div className="brief">{url.region === null ? <BriefChooser notices={notices} /> : <RegionBrief regionId={url.region} />}</div>;
}

function RegionBrief({ regionId }: { regionId: number }) {
  const meta = useMeta();
  const regions = useRegions();
  const jurisdictions = useJurisdictions();
  const region = regions.data?.find((r) => r.id === regionId);
  const office = regionOfficeLabel(regions.data, regionId);
  const members = jurisdictions.data ? regionSummaries(jurisdictions.data, regionId) : [];
  const error = meta.error ?? jurisdictions.error ?? regions.error;

  return (
    <article className="brief-page" aria-labelledby="brief-title">
      <header className="brief-header">
        <div>
          <h1 id="brief-title">
            Region {regionId} brief <span className="brief-office">· regional office {office}</span>
          </h1>
          <p className="brief-asof">
            {meta.data ? (
              <>
                Data as of <time dateTime={meta.data.asOf}>{formatAsOf(meta.data.asOf)}</time> · {meta.data.dataset}
              </>
            ) : (
              'Loading dataset…'
            )}
          </p>
        </div>
        {meta.data?.sample ? (
          <p className="brief-stamp">
            Sample data
            <span className="brief-stamp-detail">fictional people and statuses</span>
          </p>
        ) : null}
        <button type="button" className="brief-print" onClick={() => window.print()}>
          Print
        </button>
      </header>
      {error ? (
        <p role="alert" className="brief-error">
          {describeApiFailure(error)} ({error.message})
        </p>
      ) : null}
      <div className="brief-body">
        <figure className="brief-figure">
          <BriefRegionMap regionId={regionId} summaries={jurisdictions.data ?? []} />
          <figcaption>Jurisdictions of Region {regionId} coloured by SCIP status (see the table for each status).</figcaption>
        </figure>
        <section className="brief-jurisdictions" aria-labelledby="brief-jurisdictions-title">
          <h2 id="brief-jurisdictions-title">SCIP status by jurisdiction</h2>
          <table className="brief-table">
            <thead>
              <tr>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Status</th>
                <th scope="col">Adopted</th>
                <th scope="col">Expires</th>
                <th scope="col">Last annual report</th>
                <th scope="col" className="num">
                  Markers Defined+
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((s) => {
                const m = definedOrBetterTotals([s]);
                return (
                  <tr key={s.code}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <StatusChip status={s.scip.status} />
                    </td>
                    <td>{formatDay(s.scip.adopted)}</td>
                    <td>{formatDay(s.scip.expires)}</td>
                    <td>{s.scip.lastAnnualReport ? formatDay(s.scip.lastAnnualReport) : 'None on record'}</td>
                    <td className="num">
                      {m.count}/{m.total} ({formatPercent(m.share)})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {jurisdictions.isPending ? <p>Loading jurisdictions…</p> : null}
        </section>
      </div>
      <section className="brief-coordinators" aria-labelledby="brief-coordinators-title">
        <h2 id="brief-coordinators-title">Emergency Communications Coordinators</h2>
        <div className="brief-contact-grid">
          {region?.coordinators.map((c) => <ContactCard key={c.id} coordinator={c} headingLevel={3} />)}
        </div>
        {regions.isPending ? <p>Loading coordinators…</p> : null}
      </section>
    </article>
  );
}
