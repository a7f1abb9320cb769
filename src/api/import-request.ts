/** POST /jurisdictions/import: a dry run reports what would change; a real run applies all rows or none. */
import { authedJson } from './authed-fetch';
import { etagFor } from './etags';
import { API_PREFIX } from './schemas';
import { ImportReport } from './write-schemas';

export function postImport(csv: string, options: { dryRun: boolean; token?: string | null }): Promise<ImportReport> {
  // the import replaces rows of the list: it is based on the list's version, like any write
  const ifMatch = etagFor(`${API_PREFIX}/jurisdictions`);
  return authedJson(
    {
      method: 'POST',
      path: `/jurisdictions/import${options.dryRun ? '?dryRun=true' : ''}`,
      token: options.token,
      body: csv,
      headers: { 'Content-Type': 'text/csv', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    },
    ImportReport,
  );
}
