/** A dry run's report: the changes per field (before → after) and every row error with its line. */
import type { ImportReport } from '../api/write-schemas';
import { fieldLabel, valueText } from '../data/audit-format';

export interface FieldRow {
  row: number;
  code: string;
  field: string;
  before: string;
  after: string;
}

export function fieldRows(report: ImportReport): FieldRow[] {
  return report.changed.flatMap((c) =>
    (Object.keys(c.after) as (keyof typeof c.after)[])
      .filter((k) => c.before[k] !== c.after[k])
      .map((k) => ({ row: c.row, code: c.code, field: fieldLabel(k), before: valueText(c.before[k]), after: valueText(c.after[k]) })),
  );
}

export function errorLine(e: ImportReport['errors'][number]): string {
  const where = [e.code, e.column].filter(Boolean).join(', ');
  return `line ${e.row}: ${where ? `${where}: ` : ''}${e.message}`;
}

export function ImportPreview({ report }: { report: ImportReport }) {
  const rows = fieldRows(report);
  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{report.dryRun ? 'Preview (nothing written yet)' : 'Written'}</h3>
      <p>
        {report.rows} rows read: {report.changed.length} {report.changed.length === 1 ? 'jurisdiction changes' : 'jurisdictions change'},{' '}
        {report.unchanged.length} unchanged, {report.errors.length} {report.errors.length === 1 ? 'error' : 'errors'}.
      </p>
      {report.errors.length > 0 ? (
        <>
          <h4>Errors</h4>
          <ul className="import-errors" aria-label="Errors by line">
            {report.errors.map((e, i) => (
              <li key={`${e.row}-${i}`}>{errorLine(e)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {rows.length > 0 ? (
        <table className="admin-table">
          <caption>Changes, before → after</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.row}-${r.field}`}>
                <td>{r.row}</td>
                <td>{r.code}</td>
                <td>{r.field}</td>
                <td>{r.before}</td>
                <td>{r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
