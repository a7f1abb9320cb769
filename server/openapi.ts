/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the server validates
 * with (OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema emits).
 */
import { z } from 'zod';
import { Contact, Coordinator, JurisdictionDetail, JurisdictionSummaries, Meta, Problem, Regions } from '../src/api/schemas';
import {
  AuditPage,
  AuthConfig,
  ChangeEvent,
  ContactPatch,
  CoveragePut,
  GovernancePatch,
  ImportReport,
  MarkerPatch,
  NotesPut,
  ScipPatch,
  SwicPatch,
  TaRequestCreate,
  TaRequestPatch,
} from '../src/api/write-schemas';
import { editingPaths } from './openapi-editing';

const COMPONENTS = {
  Meta, Regions, JurisdictionSummaries, JurisdictionDetail, Coordinator, Contact, Problem,
  ScipPatch, MarkerPatch, TaRequestCreate, TaRequestPatch, ContactPatch, ImportReport, AuditPage,
  SwicPatch, GovernancePatch, NotesPut, CoveragePut, AuthConfig, ChangeEvent,
} satisfies Record<string, z.ZodType>;
export type ComponentName = keyof typeof COMPONENTS;

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` });
  // each component is embedded in the document, so it carries no $schema/$id of its own
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}

export const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });
export const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
export const etagHeader = { ETag: { description: 'strong entity-tag of the representation', schema: { type: 'string' } } };
/** public: no token needed (the document's default is a bearer token) */
export const PUBLIC: unknown[] = [];
export const BEARER = [{ bearer: [] }];

const ok = (name: ComponentName, description: string) => ({
  description,
  headers: etagHeader,
  content: json(name),
});
const read = (operationId: string, summary: string, name: ComponentName, extra: Record<string, unknown> = {}) => ({
  operationId,
  summary,
  security: PUBLIC,
  parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
  responses: { 200: ok(name, summary), 304: { description: 'not modified (If-None-Match)' }, ...extra },
});
export const writeResponses = (name: ComponentName, status = 200) => ({
  [status]: ok(name, status === 201 ? 'created; the resource with it, and its new ETag' : 'the resource after the change, with its new ETag'),
  400: problem('the body is not JSON'),
  401: problem('no or unknown bearer token'),
  403: problem('the role or region does not allow this change'),
  404: problem('no such resource'),
  412: problem('If-Match does not match the current ETag'),
  413: problem('the body is too large'),
  415: problem('the body is not application/json'),
  422: problem('the body does not satisfy the schema'),
  428: problem('If-Match is missing'),
  429: problem('too many writes with this token; see Retry-After'),
});
export const write = (operationId: string, summary: string, body: ComponentName, result: ComponentName, params: string[], status = 200) => ({
  operationId,
  summary,
  security: BEARER,
  parameters: [...params.map((p) => ({ $ref: `#/components/parameters/${p}` })), { $ref: '#/components/parameters/IfMatch' }],
  requestBody: { required: true, content: json(body) },
  responses: writeResponses(result, status),
});

export function buildOpenApiDocument(): Record<string, unknown> {
  const pathParam = (name: string, description: string, pattern?: string) => ({
    name, in: 'path', required: true, description, schema: { type: 'string', ...(pattern ? { pattern } : {}) },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Regional Coordination Map API',
      version: '1.0.0',
      description: 'SCIP status of the 56 jurisdictions, the 10 CISA regions and their coordinators. SAMPLE DATA: every person, phone and email is fictional.',
      license: { name: 'Sample data; code licensed as the repository', identifier: 'MIT' },
    },
    security: BEARER,
    servers: [{ url: '/' }],
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT or static token',
          description: "roles: viewer, editor (one region), admin. An OIDC access token from the configured issuer (GET /api/v1/auth-config) or a static service token.",
        },
      },
      parameters: {
        Code: pathParam('code', 'two-letter USPS code, e.g. TX', '^[A-Za-z]{2}$'),
        MarkerId: pathParam('markerId', 'M01..M25', '^M[0-9]{2}$'),
        TaId: pathParam('taId', 'TA request id, e.g. TA-2026-0101'),
        CoordinatorId: pathParam('id', 'coordinator id, e.g. ecc-r04-1'),
        IfMatch: { name: 'If-Match', in: 'header', required: true, description: 'the ETag you read (or *)', schema: { type: 'string' } },
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
      },
    },
    paths: {
      '/api/v1/meta': { get: read('getMeta', 'Dataset name, version and asOf (time of the latest write)', 'Meta') },
      '/api/v1/regions': { get: read('listRegions', 'The 10 CISA regions with their coordinators', 'Regions') },
      '/api/v1/jurisdictions': { get: read('listJurisdictions', 'SCIP summary of the 56 jurisdictions', 'JurisdictionSummaries') },
      '/api/v1/jurisdictions/{code}': {
        parameters: [{ $ref: '#/components/parameters/Code' }],
        get: read('getJurisdiction', 'One jurisdiction in detail', 'JurisdictionDetail', { 404: problem('no such jurisdiction') }),
      },
      '/api/v1/jurisdictions.csv': {
        get: {
          operationId: 'exportJurisdictionsCsv',
          summary: 'SCIP status of every jurisdiction as CSV (re-importable)',
          security: PUBLIC,
          responses: {
            200: { description: 'RFC 4180 CSV', headers: etagHeader, content: { 'text/csv': { schema: { type: 'string' } } } },
          },
        },
      },
      '/api/v1/jurisdictions/import': {
        post: {
          operationId: 'importJurisdictionsCsv',
          summary: 'Import SCIP status from CSV (code,status,adopted,expires,lastAnnualReport,nextWorkshop); all rows or none',
          security: BEARER,
          parameters: [
            { name: 'dryRun', in: 'query', required: false, description: 'true: report what would change, change nothing', schema: { type: 'boolean' } },
            { name: 'If-Match', in: 'header', required: false, description: 'required unless dryRun: the ETag of GET /api/v1/jurisdictions (or *)', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
          responses: { ...writeResponses('ImportReport'), 200: { description: 'the import report', content: json('ImportReport') } },
        },
      },
      '/api/v1/jurisdictions/{code}/scip': {
        patch: write('patchScip', 'Change SCIP status and dates', 'ScipPatch', 'JurisdictionDetail', ['Code']),
      },
      '/api/v1/jurisdictions/{code}/markers/{markerId}': {
        patch: write('patchMarker', "Change a marker's level", 'MarkerPatch', 'JurisdictionDetail', ['Code', 'MarkerId']),
      },
      '/api/v1/jurisdictions/{code}/ta-requests': {
        post: write('createTaRequest', 'Create a TA request', 'TaRequestCreate', 'JurisdictionDetail', ['Code'], 201),
      },
      '/api/v1/jurisdictions/{code}/ta-requests/{taId}': {
        patch: write('patchTaRequest', 'Change a TA request', 'TaRequestPatch', 'JurisdictionDetail', ['Code', 'TaId']),
      },
      '/api/v1/coordinators/{id}': {
        parameters: [{ $ref: '#/components/parameters/CoordinatorId' }],
        get: read('getCoordinator', 'One coordinator', 'Coordinator', { 404: problem('no such coordinator') }),
        patch: { ...write('patchCoordinator', "Change a coordinator's contact", 'ContactPatch', 'Coordinator', []) },
      },
      ...editingPaths(),
      '/healthz': {
        get: { operationId: 'health', summary: 'The process is up', security: PUBLIC, responses: { 200: { description: 'up' } } },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'The database is reachable and migrated',
          security: PUBLIC,
          responses: { 200: { description: 'ready' }, 503: problem('not ready') },
        },
      },
    },
  };
}
