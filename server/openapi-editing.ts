/**
 * The OpenAPI paths of sign-in and editing: auth-config, the editing writes, history,
 * the audit log (JSON and CSV), server-sent events and the docs page. Same building
 * blocks as server/openapi.ts, so every write documents the same problem responses.
 */
import { AUDIT_PAGE_MAX, AuditEntry } from '../src/api/write-schemas';
import { BEARER, json, problem, PUBLIC, write } from './openapi';

const q = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });
const paging = [
  q('limit', `entries per page (1-${AUDIT_PAGE_MAX}, default 100)`, { type: 'integer', minimum: 1, maximum: AUDIT_PAGE_MAX }),
  q('before', 'the `next` of the previous page', { type: 'integer', minimum: 1 }),
];
const when = { anyOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] };
const auditFilters = [
  q('entity', 'only this kind of entity', { type: 'string', enum: AuditEntry.shape.entity.options }),
  q('entityId', 'only this entity (e.g. TX, TX/M03, TA-2026-0101, ecc-r06-1)', { type: 'string', maxLength: 64 }),
  q('actor', "part of the actor's display name, any case", { type: 'string', maxLength: 120 }),
  q('from', 'entries at or after (a date means its start, UTC)', when),
  q('to', 'entries at or before (a date includes that whole day, UTC)', when),
  ...paging,
];
export function editingPaths(): Record<string, unknown> {
  // built on call: openapi.ts imports this module, so its helpers exist only once it has loaded
  const authed = { 400: problem('a bad query parameter'), 401: problem('no or unknown bearer token') };
  return {
    '/api/v1/auth-config': {
      get: {
        operationId: 'getAuthConfig',
        summary: "How the browser signs in: the OIDC issuer, client id and scopes (issuer null: OIDC is off), and the claims that carry role and region",
        security: PUBLIC,
        responses: { 200: { description: 'the sign-in settings', content: json('AuthConfig') } },
      },
    },
    '/api/v1/jurisdictions/{code}/swic': {
      patch: write('patchSwic', "Change the SWIC's contact", 'SwicPatch', 'JurisdictionDetail', ['Code']),
    },
    '/api/v1/jurisdictions/{code}/governance': {
      patch: write('patchGovernance', 'Change the governance body', 'GovernancePatch', 'JurisdictionDetail', ['Code']),
    },
    '/api/v1/jurisdictions/{code}/notes': {
      put: write('putNotes', "Replace the jurisdiction's notes (empty clears them)", 'NotesPut', 'JurisdictionDetail', ['Code']),
    },
    '/api/v1/coordinators/{id}/jurisdictions': {
      put: write('putCoverage', 'Set the jurisdictions a coordinator covers (admin; all in their region, none left uncovered)', 'CoveragePut', 'Coordinator', ['CoordinatorId']),
    },
    '/api/v1/jurisdictions/{code}/history': {
      get: {
        operationId: 'getJurisdictionHistory',
        summary: "Every audited change touching a jurisdiction (SCIP, markers, TA requests, SWIC, governance, notes), newest first",
        security: BEARER,
        parameters: [{ $ref: '#/components/parameters/Code' }, ...paging],
        responses: { 200: { description: 'a page of entries', content: json('AuditPage') }, ...authed, 404: problem('no such jurisdiction') },
      },
    },
    '/api/v1/audit': {
      get: {
        operationId: 'listAudit',
        summary: 'The audit log, newest first (any authenticated role)',
        security: BEARER,
        parameters: auditFilters,
        responses: { 200: { description: 'a page of entries', content: json('AuditPage') }, ...authed },
      },
    },
    '/api/v1/audit.csv': {
      get: {
        operationId: 'exportAuditCsv',
        summary: 'The audit log as CSV, with the filters of GET /api/v1/audit (limit is ignored: every matching entry)',
        security: BEARER,
        parameters: auditFilters.filter((p) => p.name !== 'limit'),
        responses: {
          200: { description: 'RFC 4180 CSV: id,at,actor,role,action,entity,entityId,before,after (before/after as JSON)', content: { 'text/csv': { schema: { type: 'string' } } } },
          ...authed,
        },
      },
    },
    '/api/v1/events': {
      get: {
        operationId: 'streamEvents',
        summary: 'Server-sent events: `event: change` with a ChangeEvent per committed change (from any API process), `: heartbeat` every 15 s',
        security: PUBLIC,
        responses: {
          200: {
            description: 'text/event-stream; first `retry:`, then `event: ready` with the current version, then one `event: change` per change',
            content: { 'text/event-stream': { schema: { type: 'string', description: 'each `data:` line holds a ChangeEvent (components/schemas/ChangeEvent)' } } },
          },
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This OpenAPI document',
        security: PUBLIC,
        responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/api/docs': {
      get: {
        operationId: 'apiDocs',
        summary: 'This document rendered as a page (Swagger UI, served from this server)',
        security: PUBLIC,
        responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
  };
}
