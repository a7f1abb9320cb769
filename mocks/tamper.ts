/**
 * Hostile variants of API bodies for fault injection: realistic contract breaks
 * (`malformed`) and script-injection payloads in every free-text field (`xss`).
 * Pure functions: they return new objects and never touch the dataset they are given.
 */
import type { Coordinator, JurisdictionDetail, JurisdictionSummary, Meta, Office, Region } from '../src/api/schemas';

export const XSS_MARKUP = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
/** used wherever a value ends up in an href (mailto:, tel:, links) */
export const XSS_URL = 'javascript:window.__xss=1';

/** "Texas" → "Texas <img …><script>…</script>" (the original stays readable) */
export const xssText = (original: string): string => `${original} ${XSS_MARKUP}`;

const xssOffice = (o: Office): Office => ({ city: xssText(o.city), state: xssText(o.state), address: xssText(o.address) });

const xssCoordinator = (c: Coordinator): Coordinator => ({
  ...c,
  name: xssText(c.name),
  title: xssText(c.title),
  email: XSS_URL,
  phone: XSS_URL,
  office: xssOffice(c.office),
  jurisdictions: [...c.jurisdictions],
});

export const xssMeta = (m: Meta): Meta => ({ ...m, dataset: xssText(m.dataset) });

export const xssRegions = (regions: readonly Region[]): Region[] =>
  regions.map((r) => ({
    ...r,
    name: xssText(r.name),
    office: xssOffice(r.office),
    jurisdictions: [...r.jurisdictions],
    coordinators: r.coordinators.map(xssCoordinator),
  }));

export const xssSummary = (s: JurisdictionSummary): JurisdictionSummary => ({
  ...s,
  name: xssText(s.name),
  scip: { ...s.scip },
  markers: { ...s.markers },
  lanes: { ...s.lanes },
});

export const xssDetail = (d: JurisdictionDetail): JurisdictionDetail => ({
  ...d,
  ...xssSummary(d),
  swic: { name: xssText(d.swic.name), title: xssText(d.swic.title), email: XSS_URL, phone: XSS_URL },
  governanceBody: { ...d.governanceBody, name: xssText(d.governanceBody.name) },
  scipHistory: {
    plans: d.scipHistory.plans.map((p) => ({ ...p, version: xssText(p.version) })),
    workshops: d.scipHistory.workshops.map((w) => ({ ...w })),
    annualReports: d.scipHistory.annualReports.map((r) => ({ ...r })),
  },
  markerDetails: d.markerDetails.map((m) => ({ ...m, name: xssText(m.name) })),
  taRequests: d.taRequests.map((t) => ({ ...t, category: xssText(t.category), title: xssText(t.title) })),
  pts: { ...d.pts },
  coordinators: d.coordinators.map(xssCoordinator),
  notes: `${xssText(d.notes)} <a href="${XSS_URL}">details</a>`,
});

// --- malformed: one realistic contract break per endpoint -------------------------

/** meta without `asOf` (e.g. a server that forgot to stamp the snapshot) */
export function malformMeta(m: Meta): Record<string, unknown> {
  const { asOf: _asOf, ...rest } = m;
  return rest;
}

/** one coordinator's email serialised as a number */
export function malformRegions(regions: readonly Region[]): unknown[] {
  return regions.map((r, i) =>
    i === 0
      ? {
          ...r,
          coordinators: r.coordinators.map((c, k) => (k === 0 ? { ...c, email: 5550100 } : c)),
        }
      : r,
  );
}

/** the TX item (or the first item if TX is absent) without `regionId` */
export function malformSummaries(list: readonly JurisdictionSummary[]): unknown[] {
  const target = list.some((s) => s.code === 'TX') ? 'TX' : list[0]?.code;
  return list.map((s) => {
    if (s.code !== target) return s;
    const { regionId: _regionId, ...rest } = s;
    return rest;
  });
}

/** the detail without `regionId` */
export function malformDetail(d: JurisdictionDetail): Record<string, unknown> {
  const { regionId: _regionId, ...rest } = d;
  return rest;
}
