/**
 * RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a leading BOM. Returns
 * the records with the line each starts on, or the first syntax error with its line.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string, maxColumns = 64): CsvParse {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let wasQuoted = false;

  const endCell = (): CsvParse | null => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
    return cells.length > maxColumns ? { ok: false, line: recordLine, message: `more than ${maxColumns} columns` } : null;
  };
  const endRecord = () => {
    // a blank line is no record
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.trim() !== '') return { ok: false, line, message: 'a quote inside an unquoted field' };
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (ch === ',') {
      const error = endCell();
      if (error) return error;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      const error = endCell();
      if (error) return error;
      endRecord();
      line++;
      recordLine = line;
    } else if (wasQuoted) {
      if (ch !== ' ' && ch !== '\t') return { ok: false, line, message: 'text after a closing quote' };
    } else {
      cell += ch;
    }
  }
  if (quoted) return { ok: false, line: recordLine, message: 'a quoted field is not closed' };
  if (cell !== '' || wasQuoted || cells.length > 0) {
    const error = endCell();
    if (error) return error;
    endRecord();
  }
  return { ok: true, records };
}
