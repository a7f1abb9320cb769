// The CSV reader moved to src/api/csv.ts (shared with the mock API's import).
export { parseCsv, type CsvParse, type CsvRecord } from '../../src/api/csv';
