/**
 * What the GET endpoints serve: every resource serialised once per data version, with
 * its strong ETag. A read asks the database only for the version (one tiny query, shared
 * by concurrent readers), so a second server process on the same PostgreSQL sees the
 * other's writes without any cache protocol between them.
 */
import { ENDPOINTS, type JurisdictionDetail } from '../../src/api/schemas';
import { toCsv } from '../../src/data/csv';
import type { Db } from '../db/db';
import { Representation } from '../http/representation';
import { HttpProblem } from '../http/problem';
import { EXPORT_COLUMNS } from '../../src/api/write-schemas';
import { toSummary } from '../../src/data/derived';
import { loadCoordinators, loadDetails, loadMeta, loadRegions, loadVersion } from './read-model';

/** a read document: its bytes and ETag, compressed on demand and kept (see representation.ts) */
export type Resource = Representation;

export interface Snapshot {
  version: number;
  meta: Resource;
  regions: Resource;
  jurisdictions: Resource;
  jurisdictionsCsv: Resource;
  details: ReadonlyMap<string, Resource>;
  coordinators: ReadonlyMap<string, Resource>;
}

const resource = (value: unknown): Resource => new Representation(JSON.stringify(value));

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
      jurisdictionsCsv: new Representation(csv),
      details: new Map(details.map((d) => [d.code, resource(d)])),
      coordinators: new Map(regions.flatMap((r) => r.coordinators.map((c) => [c.id, resource(c)] as const))),
    };
  });
}

export interface SnapshotCacheOptions {
  /**
   * How long a checked version is trusted without asking the database again (ms). 0: every
   * read checks (a burst shares one query). Infinity: only this process writes (PGlite,
   * whose data directory is locked to it), so its own invalidate() is the whole story.
   * On PostgreSQL with several processes, another process's write is seen within this.
   */
  recheckMs?: number;
  now?: () => number;
}

export class SnapshotCache {
  private current: Snapshot | null = null;
  private building: Promise<Snapshot> | null = null;
  private checking: Promise<number> | null = null;
  /** the current snapshot needs no version check before this time */
  private freshUntil = 0;
  /** bumped by invalidate(), so a check that started before a write cannot vouch for after it */
  private generation = 0;
  /** the version that check found: the snapshot must be at least this new to be served unchecked */
  private checkedVersion = 0;
  private readonly recheckMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    options: SnapshotCacheOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? 0;
    this.now = options.now ?? Date.now;
  }

  /**
   * Readers that arrive while a version check is in flight share it (one query serves a
   * burst of readers). A write in this process calls invalidate(), so its author's next
   * read checks afresh; another process's write is seen within one check.
   */
  private version(): Promise<number> {
    if (this.checking) return this.checking;
    const startedAt = this.now();
    const generation = this.generation;
    const check: Promise<number> = loadVersion(this.db)
      .then((version) => {
        if (version === null) throw new HttpProblem(503, 'The database has not been seeded yet.');
        if (generation === this.generation && this.recheckMs > 0) {
          this.freshUntil = startedAt + this.recheckMs;
          this.checkedVersion = version;
        }
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
    this.freshUntil = 0;
    this.generation += 1;
  }

  /** the snapshot, when it is known to be current without asking the database; else null */
  peek(): Snapshot | null {
    const current = this.current;
    return current && current.version >= this.checkedVersion && this.now() < this.freshUntil ? current : null;
  }

  async get(): Promise<Snapshot> {
    const fresh = this.peek();
    if (fresh) return fresh;
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
