/**
 * Request and response bodies that only the server has (writes, import report, audit).
 * Each is derived from the contract in src/api/schemas.ts with pick/partial/extend, so a
 * write can never accept a value a read could not return.
 */
import { z } from 'zod';
import { Contact, JurisdictionCode, Marker, ScipSummary, TaRequest } from './schemas';

const atLeastOneField = (v: object) => Object.keys(v).length > 0;
const ONE_FIELD = 'give at least one field to change';

// Control characters (C0 incl. NUL, DEL, C1); a multi-line text may keep tab and newline.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
// a high surrogate not followed by a low one, or a low one without a high one before it
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// something visible: not only white space, zero-width or other format characters
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;

export interface FreeTextOptions {
  /** longest text (in UTF-16 code units, after trimming and NFC) */
  max: number;
  /** keeps line breaks and tabs (notes) */
  multiline?: boolean;
  /** '' is a value (notes: empty clears them) */
  allowEmpty?: boolean;
}

/**
 * The one rule for free text a user writes: trimmed, NFC-normalised, well-formed UTF-16
 * (no lone surrogate, which would otherwise become U+FFFD silently), no control
 * characters (NUL would fail in PostgreSQL), not blank or invisible-only, capped.
 */
export function freeText({ max, multiline = false, allowEmpty = false }: FreeTextOptions) {
  const control = multiline ? CONTROL_BUT_LINES : CONTROL;
  return z
    .string()
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'contains a lone surrogate (broken Unicode)', abort: true })
    .trim()
    .normalize('NFC')
    .max(max, `at most ${max} characters`)
    .refine((s) => !control.test(s), multiline ? 'contains a control character' : 'contains a control character or line break')
    .refine((s) => (allowEmpty && s === '') || VISIBLE.test(s), 'must not be blank');
}

/** PATCH /jurisdictions/{code}/scip: any of the SCIP status fields; null clears a nullable date */
export const ScipPatch = ScipSummary.partial().strict().refine(atLeastOneField, ONE_FIELD);
export type ScipPatch = z.infer<typeof ScipPatch>;

/** PATCH /jurisdictions/{code}/markers/{id}: the new level (and when it was assessed; default today) */
export const MarkerPatch = Marker.pick({ level: true, assessed: true }).partial({ assessed: true }).strict();
export type MarkerPatch = z.infer<typeof MarkerPatch>;

// Free text has a length cap on writes: reads accept what is stored, writes keep it sane.
const taText = {
  category: freeText({ max: 100 }),
  title: freeText({ max: 200 }),
};

/** POST /jurisdictions/{code}/ta-requests: id and `updated` are the server's */
export const TaRequestCreate = TaRequest.pick({ category: true, title: true, status: true, requested: true })
  .extend(taText)
  .partial({ status: true, requested: true })
  .strict();
export type TaRequestCreate = z.infer<typeof TaRequestCreate>;

/** PATCH /jurisdictions/{code}/ta-requests/{id} */
export const TaRequestPatch = TaRequest.pick({ category: true, title: true, status: true })
  .extend(taText)
  .partial()
  .strict()
  .refine(atLeastOneField, ONE_FIELD);
export type TaRequestPatch = z.infer<typeof TaRequestPatch>;

/** PATCH /coordinators/{id}: contact fields */
export const ContactPatch = Contact.extend({
  name: freeText({ max: 120 }),
  title: freeText({ max: 120 }),
  email: z.string().trim().pipe(z.email().max(254)),
  phone: freeText({ max: 40 }).pipe(z.string().min(3).regex(/^[0-9+(). -]+$/, 'digits, spaces and + ( ) . - only')),
})
  .partial()
  .strict()
  .refine(atLeastOneField, ONE_FIELD);
export type ContactPatch = z.infer<typeof ContactPatch>;

/** PATCH /jurisdictions/{code}/swic: the SWIC's contact (same rules as a coordinator's) */
export const SwicPatch = ContactPatch;
export type SwicPatch = ContactPatch;

/** PATCH /jurisdictions/{code}/governance: the governance body's name and kind */
export const GovernancePatch = z
  .object({ name: freeText({ max: 160 }), kind: z.enum(['SIGB', 'SIEC']) })
  .partial()
  .strict()
  .refine(atLeastOneField, ONE_FIELD);
export type GovernancePatch = z.infer<typeof GovernancePatch>;

/** PUT /jurisdictions/{code}/notes: the whole notes text (empty clears it) */
export const NotesPut = z.object({ notes: freeText({ max: 4000, multiline: true, allowEmpty: true }) }).strict();
export type NotesPut = z.infer<typeof NotesPut>;

/** PUT /coordinators/{id}/jurisdictions: the jurisdictions a coordinator covers (admin only; all in the coordinator's region) */
export const CoveragePut = z.object({ jurisdictions: z.array(JurisdictionCode).min(1).max(56) }).strict();
export type CoveragePut = z.infer<typeof CoveragePut>;

/**
 * Every write route, so the browser client, the mock and the server name them once.
 * `{code}`, `{markerId}`, `{taId}`, `{id}` are path parameters.
 */
export const WRITE_ENDPOINTS = {
  scip: { method: 'PATCH', path: '/jurisdictions/{code}/scip', body: ScipPatch },
  marker: { method: 'PATCH', path: '/jurisdictions/{code}/markers/{markerId}', body: MarkerPatch },
  taCreate: { method: 'POST', path: '/jurisdictions/{code}/ta-requests', body: TaRequestCreate },
  taPatch: { method: 'PATCH', path: '/jurisdictions/{code}/ta-requests/{taId}', body: TaRequestPatch },
  swic: { method: 'PATCH', path: '/jurisdictions/{code}/swic', body: SwicPatch },
  governance: { method: 'PATCH', path: '/jurisdictions/{code}/governance', body: GovernancePatch },
  notes: { method: 'PUT', path: '/jurisdictions/{code}/notes', body: NotesPut },
  coordinator: { method: 'PATCH', path: '/coordinators/{id}', body: ContactPatch },
  coverage: { method: 'PUT', path: '/coordinators/{id}/jurisdictions', body: CoveragePut },
} as const;
export type WriteEndpoint = keyof typeof WRITE_ENDPOINTS;

/** one CSV import row, as the contract's SCIP summary plus the jurisdiction's code */
export const ImportRow = ScipSummary.extend({ code: JurisdictionCode });
export type ImportRow = z.infer<typeof ImportRow>;
export const IMPORT_COLUMNS = ['code', 'status', 'adopted', 'expires', 'lastAnnualReport', 'nextWorkshop'] as const;
/**
 * The CSV export's columns: the import columns plus read-only ones (name, region) an import
 * accepts and ignores, so an export can be re-imported. One list beside the other, so the
 * two cannot drift apart.
 */
export const EXPORT_COLUMNS = ['code', 'name', 'region', 'status', 'adopted', 'expires', 'lastAnnualReport', 'nextWorkshop'] as const;

export const ImportRowError = z.object({
  row: z.number().int().min(1).describe('line number in the file (the header is line 1)'),
  code: z.string().optional(),
  column: z.string().optional(),
  message: z.string(),
});
/** one changed field of an import row: the SCIP field, its value before and after */
export const ImportFieldChange = z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() });
export const ImportChange = z.object({
  row: z.number().int(),
  code: JurisdictionCode,
  before: ScipSummary,
  after: ScipSummary,
  /** the fields that differ, in column order (the server and the mock always send it) */
  fields: z.array(ImportFieldChange).optional(),
});
export const ImportReport = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.number().int().min(0),
  changed: z.array(ImportChange),
  unchanged: z.array(JurisdictionCode),
  errors: z.array(ImportRowError),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  entity: z.enum(['jurisdiction', 'marker', 'ta-request', 'coordinator']),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z.object({ entries: z.array(AuditEntry), next: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

/** most audit entries one page may ask for */
export const AUDIT_PAGE_MAX = 500;

export const AuditQuery = z.object({
  entity: AuditEntry.shape.entity.optional(),
  // ids are codes, marker and TA ids: a strict pattern keeps NUL and the like from the database
  entityId: z.string().regex(/^[\w./:-]{1,64}$/, 'entityId is 1-64 letters, digits and _ . / : -').optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
  // audit ids are PostgreSQL integers
  before: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

/** GET /auth-config: the browser's OpenID Connect settings (issuer null = OIDC off: sample/static tokens only) */
export const AuthConfig = z.object({
  issuer: z.url().nullable(),
  clientId: z.string().min(1).nullable(),
  scopes: z.string().min(1),
  /** claim names in the ID token the browser reads to show the role and region (the API maps the access token the same way) */
  roleClaim: z.string().min(1),
  regionClaim: z.string().min(1),
  nameClaim: z.string().min(1),
  /** claim value → role (e.g. an Okta group name → "editor"); values not listed mean viewer */
  roleMap: z.record(z.string(), z.enum(['viewer', 'editor', 'admin'])),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

const auditWhen = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
/**
 * GET /audit and /audit.csv: AuditQuery plus actor (case-insensitive part of the display
 * name) and a date range (`to` as a date includes that whole day, UTC). Server and mock.
 */
export const AuditFilters = AuditQuery.extend({ actor: z.string().max(120).optional(), from: auditWhen.optional(), to: auditWhen.optional() });
export type AuditFilters = z.infer<typeof AuditFilters>;
/** What the audit store (mock and server alike) filters by: the query's filters, and a history's jurisdiction. */
export type AuditFilter = AuditFilters & { jurisdiction?: string | undefined };
/** GET /jurisdictions/{code}/history: paging only */
export const HistoryQuery = AuditQuery.pick({ limit: true, before: true });

/**
 * GET /events (server-sent events): `event: change`, `data:` this JSON, once per committed
 * change; `version` is the data version after it (GET /meta's), `jurisdiction` the code it
 * touches (null for a coordinator's contact or coverage).
 */
export const ChangeEvent = z.object({
  version: z.string().min(1),
  entity: AuditEntry.shape.entity,
  entityId: z.string().min(1),
  jurisdiction: JurisdictionCode.nullable(),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;
