/**
 * Rows → contract objects. The same assembly serves every read (the snapshot the GET
 * endpoints serve) and every write (the "before" a write checks its If-Match against),
 * so an ETag means the same bytes on both paths.
 */
import type { Coordinator, JurisdictionDetail, Meta, Region } from '../../src/api/schemas';
import { laneLevels, markerCounts } from '../../src/data/derived';
import type { Queryable } from '../db/db';

type Row = Record<string, unknown>;
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

/** rows of `sql` grouped by their `jurisdiction_code` column */
async function grouped(q: Queryable, sql: string, code: string | null): Promise<Map<string, Row[]>> {
  const { rows } = await q.query<Row>(sql, [code]);
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const key = str(row.jurisdiction_code);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

const BY_CODE = '($1::text IS NULL OR jurisdiction_code = $1)';

export type CoordinatorWithRegion = Coordinator & { regionId: number };

/** Coordinators (all, one by id, or those covering one jurisdiction), in region order. */
export async function loadCoordinators(
  q: Queryable,
  filter: { id?: string; covering?: string } = {},
): Promise<CoordinatorWithRegion[]> {
  const { rows } = await q.query<Row>(
    `SELECT c.*, ARRAY(SELECT cc.jurisdiction_code FROM coordinator_coverage cc
                       WHERE cc.coordinator_id = c.id ORDER BY cc.jurisdiction_code COLLATE "C") AS jurisdictions
       FROM coordinators c
      WHERE ($1::text IS NULL OR c.id = $1)
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM coordinator_coverage x
                                          WHERE x.coordinator_id = c.id AND x.jurisdiction_code = $2))
      ORDER BY c.region_id, c.position`,
    [filter.id ?? null, filter.covering ?? null],
  );
  return rows.map((r) => ({
    id: str(r.id),
    name: str(r.name),
    title: str(r.title),
    email: str(r.email),
    phone: str(r.phone),
    office: { city: str(r.office_city), state: str(r.office_state), address: str(r.office_address) },
    jurisdictions: (r.jurisdictions as unknown[]).map(str),
    regionId: num(r.region_id),
  }));
}

/** the contract's Coordinator (without the storage-only regionId) */
export function toCoordinator({ regionId: _regionId, ...c }: CoordinatorWithRegion): Coordinator {
  return c;
}

/**
 * Details of every jurisdiction (code = null) or of one, in reference order. `allCoordinators`
 * (every coordinator, as loadCoordinators(q) gives them) saves a query when the caller has them.
 */
export async function loadDetails(q: Queryable, code: string | null, allCoordinators?: CoordinatorWithRegion[]): Promise<JurisdictionDetail[]> {
  const { rows } = await q.query<Row>(`SELECT * FROM jurisdictions WHERE ($1::text IS NULL OR code = $1) ORDER BY position`, [code]);
  if (rows.length === 0) return [];
  const markers = await grouped(q, `SELECT * FROM markers WHERE ${BY_CODE} ORDER BY id COLLATE "C"`, code);
  const tas = await grouped(q, `SELECT * FROM ta_requests WHERE ${BY_CODE} ORDER BY seq`, code);
  const plans = await grouped(q, `SELECT * FROM scip_plans WHERE ${BY_CODE} ORDER BY position`, code);
  const workshops = await grouped(q, `SELECT * FROM scip_workshops WHERE ${BY_CODE} ORDER BY position`, code);
  const reports = await grouped(q, `SELECT * FROM annual_reports WHERE ${BY_CODE} ORDER BY position`, code);
  const coordinators =
    allCoordinators?.filter((c) => code === null || c.jurisdictions.includes(code)) ??
    (await loadCoordinators(q, code === null ? {} : { covering: code }));

  return rows.map((j) => {
    const c = str(j.code);
    const markerDetails = (markers.get(c) ?? []).map((m) => ({
      id: str(m.id),
      name: str(m.name),
      lane: str(m.lane) as JurisdictionDetail['markerDetails'][number]['lane'],
      level: str(m.level) as JurisdictionDetail['markerDetails'][number]['level'],
      previousLevel: strOrNull(m.previous_level) as JurisdictionDetail['markerDetails'][number]['previousLevel'],
      assessed: strOrNull(m.assessed),
    }));
    return {
      code: c,
      fips: str(j.fips),
      name: str(j.name),
      type: str(j.type) as JurisdictionDetail['type'],
      regionId: num(j.region_id),
      scip: {
        status: str(j.scip_status) as JurisdictionDetail['scip']['status'],
        adopted: str(j.scip_adopted),
        expires: str(j.scip_expires),
        lastAnnualReport: strOrNull(j.scip_last_annual_report),
        nextWorkshop: strOrNull(j.scip_next_workshop),
      },
      markers: markerCounts(markerDetails),
      lanes: laneLevels(markerDetails),
      swic: { name: str(j.swic_name), title: str(j.swic_title), email: str(j.swic_email), phone: str(j.swic_phone) },
      governanceBody: { name: str(j.governance_name), kind: str(j.governance_kind) as 'SIGB' | 'SIEC' },
      scipHistory: {
        plans: (plans.get(c) ?? []).map((p) => ({ version: str(p.version), adopted: str(p.adopted), expires: str(p.expires) })),
        workshops: (workshops.get(c) ?? []).map((w) => ({
          date: str(w.date),
          kind: str(w.kind) as JurisdictionDetail['scipHistory']['workshops'][number]['kind'],
          status: str(w.status) as 'held' | 'scheduled',
        })),
        annualReports: (reports.get(c) ?? []).map((r) => ({ year: num(r.year), submitted: strOrNull(r.submitted) })),
      },
      markerDetails,
      taRequests: (tas.get(c) ?? []).map((t) => ({
        id: str(t.id),
        category: str(t.category),
        title: str(t.title),
        status: str(t.status) as JurisdictionDetail['taRequests'][number]['status'],
        requested: str(t.requested),
        updated: str(t.updated),
      })),
      pts: { gets: num(j.pts_gets), wps: num(j.pts_wps), tsp: num(j.pts_tsp) },
      coordinators: coordinators.filter((k) => k.jurisdictions.includes(c)).map(toCoordinator),
      notes: str(j.notes),
    };
  });
}

export async function loadDetail(q: Queryable, code: string): Promise<JurisdictionDetail | null> {
  return (await loadDetails(q, code))[0] ?? null;
}

/** The ten regions with their coordinators (`allCoordinators`, if the caller has them, saves a query). */
export async function loadRegions(q: Queryable, allCoordinators?: CoordinatorWithRegion[]): Promise<Region[]> {
  const { rows } = await q.query<Row>(
    `SELECT r.*, ARRAY(SELECT j.code FROM jurisdictions j WHERE j.region_id = r.id ORDER BY j.code COLLATE "C") AS codes
       FROM regions r ORDER BY r.id`,
  );
  const coordinators = allCoordinators ?? (await loadCoordinators(q));
  return rows.map((r) => ({
    id: num(r.id),
    name: str(r.name),
    office: { city: str(r.office_city), state: str(r.office_state), address: str(r.office_address) },
    jurisdictions: (r.codes as unknown[]).map(str),
    coordinators: coordinators.filter((c) => c.regionId === num(r.id)).map(toCoordinator),
  }));
}

export interface MetaRow {
  meta: Meta;
  version: number;
}

export async function loadMeta(q: Queryable): Promise<MetaRow | null> {
  const { rows } = await q.query<Row>('SELECT dataset, sample, version, as_of FROM dataset_meta');
  const r = rows[0];
  if (!r) return null;
  const version = num(r.version);
  return { version, meta: { dataset: str(r.dataset), asOf: iso(r.as_of), sample: Boolean(r.sample), version: String(version) } };
}

/** The data version, the cheap question every read asks before serving from cache. */
export async function loadVersion(q: Queryable): Promise<number | null> {
  const { rows } = await q.query<{ version: number }>('SELECT version FROM dataset_meta');
  return rows[0] ? num(rows[0].version) : null;
}
