/**
 * What a write will most likely make of the cached data, so the map, legend, table and
 * panels show it at once (src/api/write-queries.ts applies these, and rolls them back if
 * the server refuses). Pure: each returns a new value and leaves its input alone. The
 * server's answer replaces the guess as soon as it arrives.
 */
import type { Coordinator, JurisdictionDetail, Region } from './schemas';
import type { WriteEndpoint } from './write-schemas';
import type { WriteBody, WriteParams } from './writes';
import { laneLevels, markerCounts } from '../data/derived';

const today = (): string => new Date().toISOString().slice(0, 10);

/** the detail after a jurisdiction write (null: this endpoint does not change a detail) */
export function optimisticDetail<E extends WriteEndpoint>(endpoint: E, params: WriteParams<E>, body: WriteBody<E>, detail: JurisdictionDetail): JurisdictionDetail | null {
  const p = params as Record<string, string>;
  const next = structuredClone(detail);
  switch (endpoint) {
    case 'scip':
      next.scip = { ...next.scip, ...(body as WriteBody<'scip'>) };
      return next;
    case 'marker': {
      const b = body as WriteBody<'marker'>;
      const marker = next.markerDetails.find((m) => m.id === p.markerId);
      if (!marker) return null;
      if (marker.level !== b.level) marker.previousLevel = marker.level;
      marker.level = b.level;
      marker.assessed = b.assessed ?? today();
      next.markers = markerCounts(next.markerDetails);
      next.lanes = laneLevels(next.markerDetails);
      return next;
    }
    case 'taCreate': {
      const b = body as WriteBody<'taCreate'>;
      // a placeholder id until the server's answer names it
      next.taRequests.push({ id: 'TA-pending', category: b.category, title: b.title, status: b.status ?? 'requested', requested: b.requested ?? today(), updated: today() });
      return next;
    }
    case 'taPatch':
      next.taRequests = next.taRequests.map((t) => (t.id === p.taId ? { ...t, ...(body as WriteBody<'taPatch'>), updated: today() } : t));
      return next;
    case 'swic':
      next.swic = { ...next.swic, ...(body as WriteBody<'swic'>) };
      return next;
    case 'governance':
      next.governanceBody = { ...next.governanceBody, ...(body as WriteBody<'governance'>) };
      return next;
    case 'notes':
      next.notes = (body as WriteBody<'notes'>).notes;
      return next;
    default:
      return null;
  }
}

/** a coordinator after a contact or coverage write */
export function optimisticCoordinator(endpoint: WriteEndpoint, body: unknown, c: Coordinator): Coordinator {
  if (endpoint === 'coverage') return { ...c, jurisdictions: [...(body as WriteBody<'coverage'>).jurisdictions].sort() };
  if (endpoint === 'coordinator') return { ...c, ...(body as WriteBody<'coordinator'>) };
  return c;
}

/** the regions with `coordinator` replaced (matched by id) */
export function withCoordinator(regions: readonly Region[], coordinator: Coordinator): Region[] {
  return regions.map((r) => (r.coordinators.some((c) => c.id === coordinator.id) ? { ...r, coordinators: r.coordinators.map((c) => (c.id === coordinator.id ? coordinator : c)) } : r));
}

/** a detail's coordinator list as the regions now say it (coverage and contact changes) */
export function detailWithCoordinators(detail: JurisdictionDetail, regions: readonly Region[]): JurisdictionDetail {
  const coordinators = regions.flatMap((r) => r.coordinators.filter((c) => c.jurisdictions.includes(detail.code)));
  return { ...detail, coordinators };
}
