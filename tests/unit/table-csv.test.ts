import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/data/csv';
import { buildLegend } from '../../src/data/legend';
import { JURISDICTIONS } from '../../src/data/reference';
import { buildRows, filterRows, sortRows } from '../../src/table/table-rows';

describe('CSV', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
  it('neutralises spreadsheet formulas from API text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-1)).toBe('-1');
  });
  it('joins rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('table rows', () => {
  const legend = buildLegend('region', [], JURISDICTIONS.map((j) => j.code));
  const rows = buildRows(new Map(), legend);
  it('has one row per jurisdiction with its map class', () => {
    expect(rows).toHaveLength(56);
    expect(rows.find((r) => r.code === 'TX')?.legendLabel).toBe('Region 6');
  });
  it('filters by text, region and legend selection', () => {
    expect(filterRows(rows, 'guam', null).map((r) => r.code)).toEqual(['GU']);
    expect(filterRows(rows, 'region 2', null).map((r) => r.code).sort()).toEqual(['NJ', 'NY', 'PR', 'VI']);
    expect(filterRows(rows, '', new Set(['TX', 'OK']))).toHaveLength(2);
  });
  it('sorts both ways', () => {
    const asc = sortRows(rows, { key: 'name', dir: 'asc' });
    expect(asc[0]?.name).toBe('Alabama');
    const desc = sortRows(rows, { key: 'regionId', dir: 'desc' });
    expect(desc[0]?.regionId).toBe(10);
  });
});
