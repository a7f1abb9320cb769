/**
 * What the GET endpoints serve: every resource serialised once per data version, with
 * its strong ETag. A read asks the database only for the version (one tiny query, shared
 * by concurrent readers), so a second server process on the same PostgreSQL sees the
 * other's writes without any cache protocol between them.
 */
import { ENDPOINTS, type JurisdictionDetail } from '../../src/api/schemas';
import { toCsv } from '../../src/data/csv';
import type { Db } from '../db/db';
import { etagOf } from '../http/etag';
import { HttpProblem } from '../http/problem';
import { EXPORT_COLUMNS } from '../../src/api/write-schemas';
import { toSummary } from '../../src/data/derived';
import { loadCoordinators, loadDetails, loadMeta, loadRegions, loadVersion } from './read-model';

export interface Resource {
  body: string;
  etag: string;
}

export interface Snapshot {
  version: number;
  meta: Resource;
  regions: Resource;
  jurisdictions: Resource;
  jurisdictionsCsv: Resource;
  details: ReadonlyMap<string, Resource>;
  coordinators: ReadonlyMap<string, Resource>;
}

const resource = (value: unknown): Resource => {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
};

export function jurisdictionsCsv(details: readonly JurisdictionDetail[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    details.map((d) => [d.code, d.name, d.regionId, d.scip.status, d.scip.adopted, d.scip.expires, d.scip.lastAnnualReport, d.scip.nextWorkshop]),
  );
}

/** Fails loudly (500, logged) rather than serve a body the contract would reject. */
function assertContract(name: keyof typeof ENDPOINTS, value: unknown): void {
  const parsed = ENDPOINTS[name].schema.safeParse(value);
  if (!parsed.success) throw new Error(`snapshot: ${name} breaks the contract: ${parsed.error.issues[0]?.message ?? ''}`);
}

export async function buildSnapshot(db: Db): Promise<Snapshot> {
  return db.transaction(async (tx) => {
    // one consistent view across the queries below, even while writes commit
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const meta = await loadMeta(tx);
    if (!meta) throw new HttpProblem(503, 'The database has not been seeded yet.');
    const coordinators = await loadCoordinators(tx);
    const regions = await loadRegions(tx, coordinators);
    const details = await loadDetails(tx, null, coordinators);
    const summaries = details.map(toSummary);
    assertContract('meta', meta.meta);
    assertContract('regions', regions);
    assertContract('jurisdictions', summaries);
    for (const d of details) assertContract('jurisdiction', d);

    const csv = jurisdictionsCsv(details);
    return {
      version: meta.version,
      meta: resource(meta.meta),
      regions: resource(regions),
      jurisdictions: resource(summaries),
      jurisdictionsCsv: { body: csv, etag: etagOf(csv) },
      details: new Map(details.map((d) => [d.code, resource(d)])),
      coordinators: new Map(regions.flatMap((r) => r.coordinators.map((c) => [c.id, resource(c)] as const))),
    };
  });
}

export class SnapshotCache {
  private current: Snapshot | null = null;
  private building: Promise<Snapshot> | null = null;
  private checking: Promise<number> | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Readers that arrive while a version check is in flight share it (one query serves a
   * burst of readers). A write in this process calls invalidate(), so its author's next
   * read checks afresh; another process's write is seen within one check.
   */
  private version(): Promise<number> {
    if (this.checking) return this.checking;
    const check: Promise<number> = loadVersion(this.db)
      .then((version) => {
        if (version === null) throw new HttpProblem(503, 'The database has not been seeded yet.');
        return version;
      })
      .finally(() => {
        if (this.checking === check) this.checking = null;
      });
    this.checking = check;
    return check;
  }

  /** after a committed write: the next read asks the database again */
  invalidate(): void {
    this.checking = null;
  }

  async get(): Promise<Snapshot> {
    const version = await this.version();
    // concurrent readers of a new version share one rebuild; a rebuild that started
    // before this version committed is followed by another
    while (!this.current || this.current.version < version) {
      this.building ??= buildSnapshot(this.db).finally(() => {
        this.building = null;
      });
      const built = await this.building;
      if (!this.current || built.version > this.current.version) this.current = built;
    }
    return this.current;
  }
}
