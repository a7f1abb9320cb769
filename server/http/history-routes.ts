/**
 * Who changed what: a jurisdiction's history (every audit entry touching it: SCIP,
 * markers, TA requests, SWIC, governance, notes) and the audit log as CSV with the
 * filters of GET /audit. Any valid token; newest first, paged by `before`.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { API_PREFIX } from '../../src/api/schemas';
import { AUDIT_PAGE_MAX, AuditFilters, HistoryQuery } from '../../src/api/write-schemas';
import { AUDIT_CSV_HEADER, auditCsvRow } from '../store/audit-csv';
import { listAudit } from '../store/audit';
import type { App, AppEnv, AppServices } from './types';
import { requirePrincipal } from './guards';
import { HttpProblem } from './problem';
import { codeParam, unknownJurisdiction } from './read-routes';

/** the most rows one CSV export holds (the log is append-only and small; a cap keeps a request bounded) */
export const AUDIT_CSV_MAX = 50_000;

function queryOf<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpProblem(400, `Bad query: ${issue ? `${issue.path.join('.') || 'query'}: ${issue.message}` : 'invalid'}.`);
  }
  return parsed.data;
}

export function registerHistoryRoutes(app: App, { deps, snapshots }: AppServices): void {
  const v1 = API_PREFIX;

  app.get(`${v1}/jurisdictions/:code/history`, async (c) => {
    requirePrincipal(c, deps.tokens);
    const code = codeParam(c);
    if (!(await snapshots.get()).details.has(code)) throw unknownJurisdiction(c.req.param('code'));
    const query = queryOf(c, HistoryQuery);
    return c.json(await listAudit(deps.db, { jurisdiction: code, limit: query.limit, before: query.before }), 200, { 'Cache-Control': 'no-store' });
  });

  app.get(`${v1}/audit.csv`, async (c) => {
    requirePrincipal(c, deps.tokens);
    const { limit: _limit, before, ...filters } = queryOf(c, AuditFilters);
    const lines: string[] = [AUDIT_CSV_HEADER];
    let cursor = before;
    // page through with the same query the JSON read uses, so the two can never disagree
    while (lines.length <= AUDIT_CSV_MAX) {
      const page = await listAudit(deps.db, { ...filters, limit: AUDIT_PAGE_MAX, before: cursor });
      lines.push(...page.entries.map(auditCsvRow));
      if (page.next === null) break;
      cursor = page.next;
    }
    const body = `${lines.join('\r\n')}\r\n`;
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="audit-log.csv"',
      'Cache-Control': 'no-store',
    });
  });
}
