/** The state's SWIC (its SCIP owner) and governance body. Links only through the safe-link vetting. */
import type { JurisdictionDetail } from '../api/schemas';
import { mailtoHref, telHref } from '../data/safe-link';
import { PanelSection } from './PanelSection';
import { SwicEditors } from './edit/DetailEditors';

const GOVERNANCE_KIND: Record<JurisdictionDetail['governanceBody']['kind'], string> = {
  SIGB: 'Statewide Interoperability Governing Body',
  SIEC: 'Statewide Interoperability Executive Committee',
};

export function SwicSection({ detail }: { detail: JurisdictionDetail }) {
  const { swic, governanceBody } = detail;
  const email = mailtoHref(swic.email);
  const phone = telHref(swic.phone);
  return (
    <PanelSection title="SWIC and governance">
      <dl className="panel-facts">
        <dt>SWIC</dt>
        <dd>
          <span className="swic-name">{swic.name}</span>
          <span className="swic-title">{swic.title}</span>
        </dd>
        <dt>Email</dt>
        <dd>{email ? <a href={email}>{swic.email}</a> : swic.email}</dd>
        <dt>Phone</dt>
        <dd>{phone ? <a href={phone}>{swic.phone}</a> : swic.phone}</dd>
        <dt>Governance</dt>
        <dd>
          {governanceBody.name} <span className="panel-muted">({GOVERNANCE_KIND[governanceBody.kind]}, {governanceBody.kind})</span>
        </dd>
      </dl>
      <SwicEditors detail={detail} />
    </PanelSection>
  );
}
