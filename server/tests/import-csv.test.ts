// The shared CSV import rules (src/api/import-csv.ts): what a spreadsheet does to a file, and the per-field plan.
import { describe, expect, it } from 'vitest';
import { normaliseDate, planImport, readImportCsv, ImportFileError, type ImportTarget } from '../../src/api/import-csv';

const HEADER = 'code,status,adopted,expires,lastAnnualReport,nextWorkshop';
const scip = { status: 'overdue' as const, adopted: '2020-01-15', expires: '2025-01-15', lastAnnualReport: null, nextWorkshop: null };
const current = new Map<string, ImportTarget>([
  ['TX', { name: 'Texas', regionId: 6, scip }],
  ['NM', { name: 'New Mexico', regionId: 6, scip }],
  ['OK', { name: 'Oklahoma', regionId: 6, scip }],
  ['GA', { name: 'Georgia', regionId: 4, scip }],
]);
const onlyRegion6 = (regionId: number) => regionId === 6;

describe('normaliseDate', () => {
  it.each([
    ['2027-03-05', '2027-03-05'],
    ['2027-3-5', '2027-03-05'],
    ['3/25/2027', '2027-03-25'],
    ['25/3/2027', '2027-03-25'],
    ['5/5/2027', '2027-05-05'],
    ['46817', '2028-03-05'],
    ['', null],
  ])('%s → %s', (raw, iso) => expect(normaliseDate(raw)).toEqual({ ok: true, value: iso }));

  it.each([
    ['3/5/2027', /ambiguous \(March 5 or May 3\).*YYYY-MM-DD/],
    ['3/5/27', /two-digit year/],
    ['2027-02-30', /not a calendar date/],
    ['soon', /not a date/],
  ])('%s is refused with a reason', (raw, reason) => {
    const d = normaliseDate(raw);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(reason);
  });
});

describe('readImportCsv + planImport', () => {
  it('reads a BOM and CRLF file; 3 changes with per-field before → after and line numbers; line 4 names the bad cell', () => {
    const file = `\uFEFF${HEADER}\r\nTX,current,2026-01-10,2031-01-10,,\r\nNM,current,1/20/2026,1/20/2031,,\r\nOK,overdue,3/5/2026,2031-01-10,,\r\nGA,,,,,\r\n`;
    const fixedLine4 = file.replace('OK,overdue,3/5/2026', 'OK,in-progress,2026-03-05');
    const report = planImport(readImportCsv(file), current, onlyRegion6, true);
    expect(report.changed.map((c) => [c.row, c.code])).toEqual([[2, 'TX'], [3, 'NM']]);
    expect(report.changed[0]?.fields).toEqual([
      { field: 'status', before: 'overdue', after: 'current' },
      { field: 'adopted', before: '2020-01-15', after: '2026-01-10' },
      { field: 'expires', before: '2025-01-15', after: '2031-01-10' },
    ]);
    expect(report.errors.find((e) => e.row === 4)).toMatchObject({ code: 'OK', column: 'adopted', message: expect.stringMatching(/adopted: "3\/5\/2026" is ambiguous/) });
    const fixed = planImport(readImportCsv(fixedLine4), current, onlyRegion6, true);
    expect(fixed.changed.map((c) => c.code)).toEqual(['TX', 'NM', 'OK']);
    // GA: outside Region 6 and a row of empty cells — errors, never a change
    expect(fixed.errors.every((e) => e.row === 5)).toBe(true);
  });

  it('duplicates, unknown codes and an expiry before adoption are errors on their line', () => {
    const file = `${HEADER}\nTX,current,2026-01-10,2031-01-10,,\ntx,current,2026-01-10,2031-01-10,,\nZZ,current,2026-01-10,2031-01-10,,\nNM,current,2031-01-10,2026-01-10,,\n`;
    const report = planImport(readImportCsv(file), current, onlyRegion6, true);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[3, 'code'], [4, 'code'], [5, 'expires']]);
    expect(report.errors[0]?.message).toMatch(/already appears on line 2/);
  });

  it('a bad header or broken quoting is a file error', () => {
    expect(() => readImportCsv('code,status\nTX,current\n')).toThrow(ImportFileError);
    expect(() => readImportCsv(`${HEADER}\n"TX,current\n`)).toThrow(/line 2/);
  });
});
