/**
 * Seeds an empty database from the one sample dataset (src/sample-data/seed.ts), so the mock
 * API and the real API start from the same data. Idempotent: a seeded database is left
 * alone (checked under an advisory lock, so two servers starting at once seed once).
 */
import { buildSampleDataset, type SampleDataset } from '../../src/sample-data/seed';
import type { Db, Queryable } from './db';

const SEED_LOCK = 727_002;

/** Inserts `rows` into `table` with one parameterised multi-row INSERT. */
async function insertRows(q: Queryable, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await q.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

async function insertDataset(q: Queryable, ds: SampleDataset): Promise<void> {
  await q.query('INSERT INTO dataset_meta (dataset, sample, version) VALUES ($1, $2, 1)', [ds.meta.dataset, ds.meta.sample]);
  await insertRows(
    q,
    'regions',
    ['id', 'name', 'office_city', 'office_state', 'office_address'],
    ds.regions.map((r) => [r.id, r.name, r.office.city, r.office.state, r.office.address]),
  );
  const details = ds.summaries.map((s) => ds.details[s.code]).filter((d) => d !== undefined);
  await insertRows(
    q,
    'jurisdictions',
    [
      'code', 'position', 'fips', 'name', 'type', 'region_id',
      'scip_status', 'scip_adopted', 'scip_expires', 'scip_last_annual_report', 'scip_next_workshop',
      'swic_name', 'swic_title', 'swic_email', 'swic_phone', 'governance_name', 'governance_kind',
      'pts_gets', 'pts_wps', 'pts_tsp', 'notes',
    ],
    details.map((d, i) => [
      d.code, i, d.fips, d.name, d.type, d.regionId,
      d.scip.status, d.scip.adopted, d.scip.expires, d.scip.lastAnnualReport, d.scip.nextWorkshop,
      d.swic.name, d.swic.title, d.swic.email, d.swic.phone, d.governanceBody.name, d.governanceBody.kind,
      d.pts.gets, d.pts.wps, d.pts.tsp, d.notes,
    ]),
  );
  const coordinators = ds.regions.flatMap((r) => r.coordinators.map((c, position) => ({ c, position, regionId: r.id })));
  await insertRows(
    q,
    'coordinators',
    ['id', 'region_id', 'position', 'name', 'title', 'email', 'phone', 'office_city', 'office_state', 'office_address'],
    coordinators.map(({ c, position, regionId }) => [c.id, regionId, position, c.name, c.title, c.email, c.phone, c.office.city, c.office.state, c.office.address]),
  );
  await insertRows(
    q,
    'coordinator_coverage',
    ['coordinator_id', 'jurisdiction_code'],
    coordinators.flatMap(({ c }) => c.jurisdictions.map((code) => [c.id, code])),
  );
  await insertRows(
    q,
    'markers',
    ['jurisdiction_code', 'id', 'name', 'lane', 'level', 'previous_level', 'assessed'],
    details.flatMap((d) => d.markerDetails.map((m) => [d.code, m.id, m.name, m.lane, m.level, m.previousLevel, m.assessed])),
  );
  await insertRows(
    q,
    'ta_requests',
    ['id', 'jurisdiction_code', 'category', 'title', 'status', 'requested', 'updated'],
    details.flatMap((d) => d.taRequests.map((t) => [t.id, d.code, t.category, t.title, t.status, t.requested, t.updated])),
  );
  await insertRows(
    q,
    'scip_plans',
    ['jurisdiction_code', 'position', 'version', 'adopted', 'expires'],
    details.flatMap((d) => d.scipHistory.plans.map((p, i) => [d.code, i, p.version, p.adopted, p.expires])),
  );
  await insertRows(
    q,
    'scip_workshops',
    ['jurisdiction_code', 'position', 'date', 'kind', 'status'],
    details.flatMap((d) => d.scipHistory.workshops.map((w, i) => [d.code, i, w.date, w.kind, w.status])),
  );
  await insertRows(
    q,
    'annual_reports',
    ['jurisdiction_code', 'position', 'year', 'submitted'],
    details.flatMap((d) => d.scipHistory.annualReports.map((r, i) => [d.code, i, r.year, r.submitted])),
  );
}

/** Seeds the sample dataset when the database has none; returns whether it seeded. */
export async function seedIfEmpty(db: Db, build: () => SampleDataset = buildSampleDataset): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await tx.query('SELECT 1 FROM dataset_meta');
    if (existing.rows.length > 0) return false;
    await insertDataset(tx, build());
    return true;
  });
}
