/**
 * CSV import of SCIP status (code,status,adopted,expires,lastAnnualReport,nextWorkshop).
 * The file is read and planned by the shared rules (src/api/import-csv.ts, also the mock's);
 * a dry run reports what would change; a real import applies all rows in one transaction
 * or none (any row error, a fault, a crash: nothing lands).
 */
import type { Db, Queryable } from '../db/db';
import { canWriteRegion, type Principal } from '../http/auth';
import { etagOf, ifMatchHits } from '../http/etag';
import { HttpProblem } from '../http/problem';
import { ImportFileError, planImport, readImportCsv, type ImportLine } from '../../src/api/import-csv';
import type { ImportReport } from '../../src/api/write-schemas';
import { bumpVersion, recordAudit } from './audit';
import { toSummary } from '../../src/data/derived';
import { loadDetails } from './read-model';
import { takeWriteLock } from './write-tx';
import { saveScip } from './writes';

export interface ImportOptions {
  principal: Principal;
  dryRun: boolean;
  /** required for a real import: the ETag of GET /jurisdictions (or '*') */
  ifMatch: string | null;
  /** fault injection for tests: called after each applied row, inside the transaction */
  afterRow?: ((appliedRows: number) => Promise<void> | void) | undefined;
}

function readFile(csv: string): ImportLine[] {
  try {
    return readImportCsv(csv);
  } catch (error) {
    if (error instanceof ImportFileError) throw new HttpProblem(422, error.message);
    throw error;
  }
}

export async function importScipCsv(db: Db, csv: string, options: ImportOptions): Promise<ImportReport> {
  const lines = readFile(csv);
  if (!options.dryRun && options.ifMatch === null) {
    throw new HttpProblem(428, 'A real import needs If-Match: the ETag of GET /api/v1/jurisdictions (or *).');
  }

  return db
    .transaction(async (tx) => {
      await takeWriteLock(tx);
      const details = await loadDetails(tx, null);
      if (!options.dryRun && options.ifMatch !== null && !ifMatchHits(options.ifMatch, etagOf(JSON.stringify(details.map(toSummary))))) {
        throw new HttpProblem(412, 'The jurisdictions have changed since you exported them. Export again and redo the import.');
      }
      const report = planImport(lines, new Map(details.map((d) => [d.code, d])), (regionId) => canWriteRegion(options.principal, regionId), options.dryRun);
      if (report.errors.length > 0 && !options.dryRun) {
        throw new HttpProblem(422, `${report.errors.length} row(s) have errors; nothing was imported.`, { report });
      }
      // a dry run writes too, and rolls back: the database's own constraints judge every row,
      // so a clean dry run means a clean import
      const applied = await applyChanges(tx, report, options);
      if (report.errors.length > 0) {
        if (options.dryRun) throw new DryRunDone(report);
        throw new HttpProblem(422, `${report.errors.length} row(s) have errors; nothing was imported.`, { report });
      }
      if (options.dryRun) throw new DryRunDone(report);
      if (applied > 0) await bumpVersion(tx, report.changed.map((c) => ({ entity: 'jurisdiction' as const, entityId: c.code, jurisdiction: c.code })));
      return { ...report, applied: true };
    })
    .catch((error: unknown) => {
      if (error instanceof DryRunDone) return error.report;
      throw error;
    });
}

/** thrown to roll a dry run's writes back, carrying its report out of the transaction */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run: rolled back');
  }
}

/** Saves each change in its own savepoint; a row the database refuses becomes a row error. */
async function applyChanges(tx: Queryable, report: ImportReport, options: ImportOptions): Promise<number> {
  let applied = 0;
  for (const change of report.changed) {
    const s = change.after;
    await tx.query('SAVEPOINT import_row');
    try {
      await saveScip(tx, change.code, s);
      await recordAudit(tx, options.principal, { action: 'import-scip', entity: 'jurisdiction', entityId: change.code, jurisdiction: change.code, before: change.before, after: s });
      await tx.query('RELEASE SAVEPOINT import_row');
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT import_row');
      const message = error instanceof Error ? error.message.slice(0, 200) : 'refused by the database';
      report.errors.push({ row: change.row, code: change.code, message: `the database refused this row: ${message}` });
      continue;
    }
    applied += 1;
    if (!options.dryRun) await options.afterRow?.(applied);
  }
  return applied;
}
