/**
 * The mock API's data: the sample dataset as edited, with its audit log. Held in memory
 * in the worker, persisted to IndexedDB after every write (./persist.ts). Summaries and
 * the details' coordinator lists are derived, so they can never disagree with the rest.
 */
import type { Coordinator, JurisdictionDetail, JurisdictionSummary, Meta, Region } from '../../src/api/schemas';
import type { AuditEntry } from '../../src/api/write-schemas';
import { toSummary } from '../../src/data/derived';
import { JURISDICTIONS } from '../../src/data/reference';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { etagOf } from './etag';

/** an audit entry plus the jurisdiction it touches (for the history read; never served) */
export interface StoredAuditEntry extends AuditEntry {
  jurisdiction: string | null;
}

export interface MockState {
  /** bump when the stored shape changes: older stored states are dropped for the sample data */
  schema: 1;
  meta: Meta;
  regions: Region[];
  details: Record<string, JurisdictionDetail>;
  audit: StoredAuditEntry[];
}

export const STATE_SCHEMA = 1 as const;

export function freshState(): MockState {
  const ds = buildSampleDataset();
  return { schema: STATE_SCHEMA, meta: ds.meta, regions: ds.regions, details: ds.details, audit: [] };
}

export function summariesOf(state: MockState): JurisdictionSummary[] {
  return JURISDICTIONS.map((j) => state.details[j.code]).filter((d): d is JurisdictionDetail => d !== undefined).map(toSummary);
}

export function findCoordinator(state: MockState, id: string): { region: Region; coordinator: Coordinator } | null {
  for (const region of state.regions) {
    const coordinator = region.coordinators.find((c) => c.id === id);
    if (coordinator) return { region, coordinator };
  }
  return null;
}

/** re-derives every detail's coordinators from the regions (after a contact or coverage change) */
export function refreshCoordinators(state: MockState): void {
  for (const detail of Object.values(state.details)) {
    detail.coordinators = state.regions.flatMap((r) =>
      r.coordinators.filter((c) => c.jurisdictions.includes(detail.code)).map((c) => structuredClone(c)),
    );
  }
}

/** A serialised representation and its ETag, computed once per state change. */
export interface Representation {
  body: string;
  etag: string;
}

export const represent = (value: unknown): Representation => {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
};
