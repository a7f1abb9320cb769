/**
 * CSV import: choose or drop a file → dry run (changes per field, errors by line) →
 * Apply (all rows or none) → the result with its audit entries. A file with any error
 * cannot be applied: fix it and choose it again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeApiFailure } from '../api/errors';
import { postImport } from '../api/import-request';
import { apiKeys } from '../api/queries';
import type { ImportReport } from '../api/write-schemas';
import { FilePicker } from './FilePicker';
import { ImportPreview } from './ImportPreview';
import { ImportResult } from './ImportResult';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; fileName: string; csv: string; report: ImportReport }
  | { kind: 'applying'; fileName: string; csv: string; report: ImportReport }
  | { kind: 'applied'; fileName: string; report: ImportReport };

export function ImportScreen() {
  const client = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);

  const check = async (file: File) => {
    setFailure(null);
    setPhase({ kind: 'checking', fileName: file.name });
    try {
      const csv = await file.text();
      const report = await postImport(csv, { dryRun: true });
      setPhase({ kind: 'preview', fileName: file.name, csv, report });
    } catch (e) {
      setPhase({ kind: 'idle' });
      setFailure(`${file.name} could not be checked: ${describeApiFailure(e)}`);
    }
  };

  const apply = async () => {
    if (phase.kind !== 'preview') return;
    setFailure(null);
    setPhase({ ...phase, kind: 'applying' });
    try {
      const report = await postImport(phase.csv, { dryRun: false });
      setPhase({ kind: 'applied', fileName: phase.fileName, report });
      await client.invalidateQueries({ queryKey: apiKeys.all });
    } catch (e) {
      setPhase({ ...phase, kind: 'preview' });
      setFailure(`Nothing was written: ${describeApiFailure(e)}`);
    }
  };

  const report = phase.kind === 'preview' || phase.kind === 'applying' ? phase.report : null;
  const blocked = report ? (report.errors.length > 0 ? 'errors' : report.changed.length === 0 ? 'nothing' : null) : null;
  return (
    <>
      <FilePicker onFile={(f) => void check(f)} disabled={phase.kind === 'checking' || phase.kind === 'applying'} />
      <p role="status" className="panel-muted">
        {phase.kind === 'checking' ? `Checking ${phase.fileName}…` : phase.kind === 'applying' ? `Applying ${phase.fileName}…` : ''}
      </p>
      {failure ? (
        <p role="alert" className="save-failure">
          {failure}
        </p>
      ) : null}
      {report ? (
        <>
          <ImportPreview report={report} />
          <div className="admin-actions">
            <button type="button" className="button-primary" onClick={() => void apply()} disabled={blocked !== null || phase.kind === 'applying'}>
              {phase.kind === 'applying' ? 'Applying…' : `Apply ${report.changed.length} ${report.changed.length === 1 ? 'change' : 'changes'}`}
            </button>
            {blocked === 'errors' ? <span>Fix the errors and choose the file again: no row is written while any row has an error.</span> : null}
            {blocked === 'nothing' ? <span>Nothing to apply: every row matches the data.</span> : null}
          </div>
        </>
      ) : null}
      {phase.kind === 'applied' ? <ImportResult report={phase.report} /> : null}
    </>
  );
}
