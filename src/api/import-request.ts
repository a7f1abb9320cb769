/** POST /jurisdictions/import: a dry run reports what would change; a real run applies all rows or none. */
import { authedJson } from './authed-fetch';
import { ImportReport } from './write-schemas';

export function postImport(csv: string, options: { dryRun: boolean; token: string | null }): Promise<ImportReport> {
  return authedJson(
    {
      method: 'POST',
      path: `/jurisdictions/import${options.dryRun ? '?dryRun=true' : ''}`,
      token: options.token,
      body: csv,
      contentType: 'text/csv',
    },
    ImportReport,
  );
}
