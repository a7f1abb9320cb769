/**
 * The SCIP CSV import's rules, DOM-free and shared by the server and the mock API: read
 * the file (UTF-8 BOM, CRLF or LF, quoted cells), check the header, turn each line into
 * an ImportRow (dates a spreadsheet rewrote are converted when that is unambiguous and
 * refused with the cell named when not), and plan the report: per-line errors, and per
 * jurisdiction the fields that change (before → after) with the line they come from.
 */
import type { ScipSummary } from './schemas';
import { parseCsv } from './csv';
import { EXPORT_COLUMNS, IMPORT_COLUMNS, ImportRow, type ImportReport } from './write-schemas';

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
type Header = Record<ImportColumn, number>;
type RowError = ImportReport['errors'][number];
const DATE_COLUMNS = ['adopted', 'expires', 'lastAnnualReport', 'nextWorkshop'] as const;
const SCIP_FIELDS = ['status', 'adopted', 'expires', 'lastAnnualReport', 'nextWorkshop'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** a whole-file problem (bad header, broken CSV): nothing can be planned */
export class ImportFileError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A date cell as YYYY-MM-DD (empty → null), or why not. Accepts ISO, a spreadsheet's
 * M/D/YYYY or D/M/YYYY when only one reading is a date or both agree (3/25/2027, 5/5/2027),
 * and a spreadsheet serial day number (46817 → 2028-03-05).
 */
export function normaliseDate(raw: string): { ok: true; value: string | null } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, value: iso } : { ok: false, message: `"${text}" is not a calendar date` };
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (m) {
    if (m[3]?.length === 2) return { ok: false, message: `"${text}" has a two-digit year; write the date as YYYY-MM-DD` };
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const monthFirst = isoOf(y, a, b);
    const dayFirst = isoOf(y, b, a);
    if (monthFirst && dayFirst && monthFirst !== dayFirst) {
      return { ok: false, message: `"${text}" is ambiguous (${MONTHS[a - 1]} ${b} or ${MONTHS[b - 1]} ${a}); write it as YYYY-MM-DD, e.g. ${monthFirst}` };
    }
    const iso = monthFirst ?? dayFirst;
    return iso ? { ok: true, value: iso } : { ok: false, message: `"${text}" is not a calendar date` };
  }
  if (/^\d{5}$/.test(text)) {
    // a spreadsheet's day count from 1899-12-30 (what a date cell becomes when its format is lost)
    const date = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000);
    const year = date.getUTCFullYear();
    if (year >= 1990 && year <= 2100) return { ok: true, value: date.toISOString().slice(0, 10) };
  }
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date; write it as YYYY-MM-DD` };
}

export interface ImportLine {
  line: number;
  code: string;
  row: ImportRow | null;
  errors: RowError[];
}

function readHeader(cells: readonly string[]): Header {
  // an export's extra columns (name, region) are accepted and ignored
  const known = new Set<string>(EXPORT_COLUMNS);
  const unknown = cells.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new ImportFileError(`Unknown column(s): ${unknown.slice(0, 5).join(', ')}. Expected ${IMPORT_COLUMNS.join(',')}.`);
  const header = {} as Header;
  for (const column of IMPORT_COLUMNS) {
    const at = cells.indexOf(column);
    if (at < 0) throw new ImportFileError(`Missing column "${column}". Expected ${IMPORT_COLUMNS.join(',')}.`);
    if (cells.indexOf(column, at + 1) >= 0) throw new ImportFileError(`Column "${column}" appears twice.`);
    header[column] = at;
  }
  return header;
}

/** the file's lines as rows or per-cell errors; throws ImportFileError for a broken file */
export function readImportCsv(text: string): ImportLine[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new ImportFileError(`CSV syntax error on line ${parsed.line}: ${parsed.message}.`);
  const [head, ...records] = parsed.records;
  if (!head) throw new ImportFileError(`The file is empty. Expected a header line: ${IMPORT_COLUMNS.join(',')}.`);
  const header = readHeader(head.cells.map((c) => c.trim()));
  return records.map(({ line, cells }) => {
    const cell = (column: ImportColumn) => cells[header[column]] ?? '';
    const code = cell('code').trim().toUpperCase();
    const errors: RowError[] = [];
    const error = (message: string, column?: string) => errors.push({ row: line, ...(code ? { code } : {}), ...(column ? { column } : {}), message });
    const dates: Partial<Record<(typeof DATE_COLUMNS)[number], string | null>> = {};
    for (const column of DATE_COLUMNS) {
      const d = normaliseDate(cell(column));
      if (d.ok) dates[column] = d.value;
      else error(`${column}: ${d.message}`, column);
    }
    if (errors.length > 0) return { line, code, row: null, errors };
    const row = ImportRow.safeParse({ code, status: cell('status').trim(), ...dates });
    if (!row.success) {
      for (const issue of row.error.issues) error(issue.message, issue.path.map(String).join('.'));
      return { line, code, row: null, errors };
    }
    return { line, code, row: row.data, errors };
  });
}

export interface ImportTarget {
  name: string;
  regionId: number;
  scip: ScipSummary;
}

/**
 * The report for `lines` against the current data: unknown codes, duplicates, rows
 * outside what the caller may edit, plans that expire before adoption are errors; the
 * rest is a change (with the fields that differ) or unchanged.
 */
export function planImport(
  lines: readonly ImportLine[],
  current: ReadonlyMap<string, ImportTarget>,
  mayWrite: (regionId: number) => boolean,
  dryRun: boolean,
): ImportReport {
  const report: ImportReport = { dryRun, applied: false, rows: lines.length, changed: [], unchanged: [], errors: [] };
  const seen = new Map<string, number>();
  for (const { line, code, row, errors } of lines) {
    const error = (message: string, column?: string) => report.errors.push({ row: line, ...(code ? { code } : {}), ...(column ? { column } : {}), message });
    if (!row) {
      report.errors.push(...errors);
      continue;
    }
    const target = current.get(row.code);
    if (!target) {
      error(`no jurisdiction with code "${row.code}"`, 'code');
      continue;
    }
    const firstLine = seen.get(row.code);
    if (firstLine !== undefined) {
      error(`${row.code} already appears on line ${firstLine}`, 'code');
      continue;
    }
    seen.set(row.code, line);
    if (!mayWrite(target.regionId)) {
      error(`${target.name} is in Region ${target.regionId}, outside what you may edit`, 'code');
      continue;
    }
    const { code: _code, ...after } = row;
    if (after.adopted > after.expires) {
      error(`expires (${after.expires}) is before adopted (${after.adopted})`, 'expires');
      continue;
    }
    const fields = SCIP_FIELDS.filter((f) => target.scip[f] !== after[f]).map((field) => ({ field, before: target.scip[field], after: after[field] }));
    if (fields.length === 0) report.unchanged.push(row.code);
    else report.changed.push({ row: line, code: row.code, before: target.scip, after, fields });
  }
  return report;
}
