/**
 * POST /jurisdictions/import[?dryRun=true] in the mock API, with the server's order of
 * checks and the shared CSV rules (src/api/import-csv.ts): writer token, `dryRun` flag,
 * text/csv, the file and its header (422), If-Match for a real import (428; 412 unless it
 * is the ETag of GET /jurisdictions or `*`), then every row planned; a real import with any
 * row error changes nothing (422 with the report), else all rows land with one audit entry each.
 */
import { ImportFileError, planImport, readImportCsv } from '../../src/api/import-csv';
import type { ImportReport } from '../../src/api/write-schemas';
import { mayEdit } from '../../src/auth/sample-users';
import { recordAudit } from './audit-log';
import { etagOf, ifMatchHits } from './etag';
import { requireWriter } from './principal';
import { MockProblem } from './problem';
import { summariesOf } from './state';
import { commit } from './store';

export async function importCsv(request: Request): Promise<ImportReport> {
  const principal = requireWriter(request);
  const dryRunParam = new URL(request.url).searchParams.get('dryRun');
  if (dryRunParam !== null && dryRunParam !== 'true' && dryRunParam !== 'false') throw new MockProblem(400, 'dryRun is true or false.');
  const dryRun = dryRunParam === 'true';
  if (!/^text\/csv\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '')) throw new MockProblem(415, 'Send the file as text/csv.');
  let lines: ReturnType<typeof readImportCsv>;
  try {
    lines = readImportCsv(await request.text());
  } catch (e) {
    if (e instanceof ImportFileError) throw new MockProblem(422, e.message);
    throw e;
  }
  const ifMatch = request.headers.get('If-Match')?.trim() || null;
  if (!dryRun && ifMatch === null) throw new MockProblem(428, 'A real import needs If-Match: the ETag of GET /api/v1/jurisdictions (or *).');

  return commit((draft, now) => {
    if (!dryRun && ifMatch !== null && !ifMatchHits(ifMatch, etagOf(JSON.stringify(summariesOf(draft))))) {
      throw new MockProblem(412, 'The jurisdictions have changed since you exported them. Export again and redo the import.');
    }
    const current = new Map(Object.values(draft.details).map((d) => [d.code, { name: d.name, regionId: d.regionId, scip: d.scip }]));
    const report = planImport(lines, current, (regionId) => mayEdit(principal, regionId), dryRun);
    if (dryRun) return { result: report, change: null };
    if (report.errors.length > 0) throw new MockProblem(422, `${report.errors.length} row(s) have errors; nothing was imported.`, { report });
    for (const change of report.changed) {
      const detail = draft.details[change.code];
      if (!detail) continue;
      detail.scip = { ...change.after };
      recordAudit(draft, principal, now, { action: 'import-scip', entity: 'jurisdiction', entityId: change.code, before: change.before, after: change.after }, change.code);
    }
    const applied: ImportReport = { ...report, applied: true };
    const only = report.changed.length === 1 ? report.changed[0]?.code ?? null : null;
    return { result: applied, change: report.changed.length > 0 ? { entity: 'jurisdiction', entityId: only ?? 'import', jurisdiction: only } : null };
  });
}
