/**
 * CSV import of SCIP status (code,status,adopted,expires,lastAnnualReport,nextWorkshop).
 * Every row is checked first; a dry run reports what would change; a real import applies
 * all rows in one transaction or none (any row error, a fault, a crash: nothing lands).
 */
import type { ScipSummary } from '../../src/api/schemas';
import { parseCsv } from '../csv/parse';
import type { Db } from '../db/db';
import { canWriteRegion, type Principal } from '../http/auth';
import { etagOf, ifMatchHits } from '../http/etag';
import { HttpProblem } from '../http/problem';
import { EXPORT_COLUMNS, IMPORT_COLUMNS, ImportRow, type ImportReport } from '../../src/api/write-schemas';
import { bumpVersion, recordAudit } from './audit';
import { toSummary } from '../../src/data/derived';
import { loadDetails } from './read-model';
import { takeWriteLock } from './write-tx';
import { planDatesOk, saveScip } from './writes';

export interface ImportOptions {
  principal: Principal;
  dryRun: boolean;
  /** required for a real import: the ETag of GET /jurisdictions (or '*') */
  ifMatch: string | null;
  /** fault injection for tests: called after each applied row, inside the transaction */
  afterRow?: ((appliedRows: number) => Promise<void> | void) | undefined;
}

type Header = Record<(typeof IMPORT_COLUMNS)[number], number>;

function readHeader(cells: readonly string[]): Header {
  // an export's extra columns (name, region) are accepted and ignored
  const known = new Set<string>(EXPORT_COLUMNS);
  const unknown = cells.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new HttpProblem(422, `Unknown column(s): ${unknown.slice(0, 5).join(', ')}. Expected ${IMPORT_COLUMNS.join(',')}.`);
  const header = {} as Header;
  for (const column of IMPORT_COLUMNS) {
    const at = cells.indexOf(column);
    if (at < 0) throw new HttpProblem(422, `Missing column "${column}". Expected ${IMPORT_COLUMNS.join(',')}.`);
    if (cells.indexOf(column, at + 1) >= 0) throw new HttpProblem(422, `Column "${column}" appears twice.`);
    header[column] = at;
  }
  return header;
}

const sameScip = (a: ScipSummary, b: ScipSummary) =>
  a.status === b.status && a.adopted === b.adopted && a.expires === b.expires && a.lastAnnualReport === b.lastAnnualReport && a.nextWorkshop === b.nextWorkshop;

export async function importScipCsv(db: Db, csv: string, options: ImportOptions): Promise<ImportReport> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new HttpProblem(422, `CSV syntax error on line ${parsed.line}: ${parsed.message}.`);
  const [head, ...records] = parsed.records;
  if (!head) throw new HttpProblem(422, `The file is empty. Expected a header line: ${IMPORT_COLUMNS.join(',')}.`);
  const header = readHeader(head.cells);
  if (!options.dryRun && options.ifMatch === null) {
    throw new HttpProblem(428, 'A real import needs If-Match: the ETag of GET /api/v1/jurisdictions (or *).');
  }

  return db.transaction(async (tx) => {
    await takeWriteLock(tx);
    const details = await loadDetails(tx, null);
    if (!options.dryRun && options.ifMatch !== null && !ifMatchHits(options.ifMatch, etagOf(JSON.stringify(details.map(toSummary))))) {
      throw new HttpProblem(412, 'The jurisdictions have changed since you exported them. Export again and redo the import.');
    }
    const byCode = new Map(details.map((d) => [d.code, d]));
    const report: ImportReport = { dryRun: options.dryRun, applied: false, rows: records.length, changed: [], unchanged: [], errors: [] };
    const seen = new Map<string, number>();

    for (const { line, cells } of records) {
      const cell = (column: keyof Header) => cells[header[column]] ?? '';
      const code = cell('code').toUpperCase();
      const error = (message: string, column?: string) => report.errors.push({ row: line, ...(code ? { code } : {}), ...(column ? { column } : {}), message });
      const row = ImportRow.safeParse({
        code,
        status: cell('status'),
        adopted: cell('adopted'),
        expires: cell('expires'),
        lastAnnualReport: cell('lastAnnualReport') || null,
        nextWorkshop: cell('nextWorkshop') || null,
      });
      if (!row.success) {
        for (const issue of row.error.issues) error(issue.message, issue.path.map(String).join('.'));
        continue;
      }
      const current = byCode.get(row.data.code);
      if (!current) {
        error(`no jurisdiction with code "${row.data.code}"`, 'code');
        continue;
      }
      const firstLine = seen.get(row.data.code);
      if (firstLine !== undefined) {
        error(`${row.data.code} already appears on line ${firstLine}`, 'code');
        continue;
      }
      seen.set(row.data.code, line);
      if (!canWriteRegion(options.principal, current.regionId)) {
        error(`${current.name} is in Region ${current.regionId}, outside what you may edit`, 'code');
        continue;
      }
      const { code: _code, ...after } = row.data;
      if (!planDatesOk(after.adopted, after.expires)) {
        error(`expires (${after.expires}) is before adopted (${after.adopted})`, 'expires');
        continue;
      }
      if (sameScip(current.scip, after)) report.unchanged.push(current.code);
      else report.changed.push({ row: line, code: current.code, before: current.scip, after });
    }

    if (options.dryRun) return report;
    if (report.errors.length > 0) {
      throw new HttpProblem(422, `${report.errors.length} row(s) have errors; nothing was imported.`, { report });
    }
    let applied = 0;
    for (const change of report.changed) {
      const s = change.after;
      await saveScip(tx, change.code, s);
      await recordAudit(tx, options.principal, { action: 'import-scip', entity: 'jurisdiction', entityId: change.code, jurisdiction: change.code, before: change.before, after: s });
      applied += 1;
      await options.afterRow?.(applied);
    }
    if (applied > 0) await bumpVersion(tx, report.changed.map((c) => ({ entity: 'jurisdiction' as const, entityId: c.code, jurisdiction: c.code })));
    return { ...report, applied: true };
  });
}
