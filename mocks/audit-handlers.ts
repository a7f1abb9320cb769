/**
 * The mock API's audit reads: a jurisdiction's history (any valid token), the audit log and
 * its CSV export (any valid token; filters entity, entityId, actor, from, to), newest first,
 * paged with `limit` and `before` (the `next` of the previous page); and the CSV import
 * (mocks/store/import.ts), which writes what it reports.
 */
import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import { API_PREFIX } from '../src/api/schemas';
import { AuditFilters, HistoryQuery } from '../src/api/write-schemas';
import { auditCsv, matching, pageOf, type AuditFilter } from './store/audit-log';
import { importCsv } from './store/import';
import { requirePrincipal } from './store/principal';
import { answering, MockProblem } from './store/problem';
import { currentState } from './store/store';
import { checkedParams } from './write-handlers';

function queryOf<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MockProblem(400, `Bad query: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`);
  }
  return parsed.data;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export const auditHandlers = [
  http.get(`*${API_PREFIX}/jurisdictions/:code/history`, ({ request, params }) =>
    answering(request, async () => {
      requirePrincipal(request);
      const { code = '' } = checkedParams({ code: params.code });
      const state = await currentState();
      if (!state.details[code]) throw new MockProblem(404, `No jurisdiction with code "${code}".`);
      const query = queryOf(request, HistoryQuery);
      return HttpResponse.json(pageOf(state, { jurisdiction: code, limit: query.limit, before: query.before }), { headers: NO_STORE });
    }),
  ),

  http.get(`*${API_PREFIX}/audit`, ({ request }) =>
    answering(request, async () => {
      requirePrincipal(request);
      const filter: AuditFilter = queryOf(request, AuditFilters);
      return HttpResponse.json(pageOf(await currentState(), filter), { headers: NO_STORE });
    }),
  ),

  http.post(`*${API_PREFIX}/jurisdictions/import`, ({ request }) =>
    answering(request, async () => HttpResponse.json(await importCsv(request), { headers: NO_STORE })),
  ),

  http.get(`*${API_PREFIX}/audit.csv`, ({ request }) =>
    answering(request, async () => {
      requirePrincipal(request);
      const { limit: _limit, before: _before, ...filter } = queryOf(request, AuditFilters);
      return new HttpResponse(auditCsv(matching(await currentState(), filter)), {
        headers: { ...NO_STORE, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit-log.csv"' },
      });
    }),
  ),
];
