/**
 * The one API contract (`/api/v1`). Every type the app, the mock and the server use
 * for API data is inferred from these schemas; nothing re-declares them.
 */
import { z } from 'zod';

/** the dates the data can sensibly hold: SCIPs, workshops and reports from 1990 to 2100 */
export const DATE_RANGE = { min: '1990-01-01', max: '2100-12-31' } as const;
// 2026-03-01; bounded because year 0000 is a valid ISO date that PostgreSQL refuses
// abort: a value that is no date at all gets one issue, not a second one about its range
export const isoDate = z.iso
  .date({ abort: true })
  .refine((d) => d >= DATE_RANGE.min && d <= DATE_RANGE.max, `a date from ${DATE_RANGE.min} to ${DATE_RANGE.max}`);
export const isoDateTime = z.iso.datetime({ offset: true });

export const JurisdictionCode = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter USPS code');
export const RegionId = z.number().int().min(1).max(10);

export const SCIP_STATUSES = ['current', 'update-due', 'overdue', 'in-progress', 'workshop-scheduled'] as const;
export const ScipStatus = z.enum(SCIP_STATUSES);
export type ScipStatus = z.infer<typeof ScipStatus>;

export const MARKER_LEVELS = ['initial', 'defined', 'optimized', 'not-assessed'] as const;
export const MarkerLevel = z.enum(MARKER_LEVELS);
export type MarkerLevel = z.infer<typeof MarkerLevel>;

export const LANES = ['governance', 'sop', 'technology', 'training', 'usage'] as const;
export const Lane = z.enum(LANES);
export type Lane = z.infer<typeof Lane>;

export const TA_STATUSES = ['requested', 'scheduled', 'in-delivery', 'complete'] as const;
export const TaStatus = z.enum(TA_STATUSES);
export type TaStatus = z.infer<typeof TaStatus>;

export const JurisdictionType = z.enum(['state', 'district', 'territory']);

export const Meta = z.object({
  dataset: z.string().min(1),
  asOf: isoDateTime,
  sample: z.boolean(),
  version: z.string().min(1),
});
export type Meta = z.infer<typeof Meta>;

export const Office = z.object({
  city: z.string().min(1),
  state: z.string().min(1),
  address: z.string().min(1),
});
export type Office = z.infer<typeof Office>;

export const Contact = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  email: z.string().min(3),
  phone: z.string().min(3),
});
export type Contact = z.infer<typeof Contact>;

export const Coordinator = Contact.extend({
  id: z.string().min(1),
  office: Office,
  /** the jurisdictions this coordinator covers */
  jurisdictions: z.array(JurisdictionCode).min(1),
});
export type Coordinator = z.infer<typeof Coordinator>;

export const Region = z.object({
  id: RegionId,
  name: z.string().min(1),
  office: Office,
  jurisdictions: z.array(JurisdictionCode).min(1),
  coordinators: z.array(Coordinator).min(1),
});
export type Region = z.infer<typeof Region>;
export const Regions = z.array(Region).length(10);

export const ScipSummary = z.object({
  status: ScipStatus,
  adopted: isoDate,
  expires: isoDate,
  lastAnnualReport: isoDate.nullable(),
  nextWorkshop: isoDate.nullable(),
});
export type ScipSummary = z.infer<typeof ScipSummary>;

export const MarkerCounts = z.object({
  initial: z.number().int().min(0),
  defined: z.number().int().min(0),
  optimized: z.number().int().min(0),
  'not-assessed': z.number().int().min(0),
});
export type MarkerCounts = z.infer<typeof MarkerCounts>;

export const LaneLevels = z.object({
  governance: MarkerLevel,
  sop: MarkerLevel,
  technology: MarkerLevel,
  training: MarkerLevel,
  usage: MarkerLevel,
});
export type LaneLevels = z.infer<typeof LaneLevels>;

export const JurisdictionSummary = z.object({
  code: JurisdictionCode,
  fips: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  type: JurisdictionType,
  regionId: RegionId,
  scip: ScipSummary,
  markers: MarkerCounts,
  lanes: LaneLevels,
});
export type JurisdictionSummary = z.infer<typeof JurisdictionSummary>;
export const JurisdictionSummaries = z.array(JurisdictionSummary);

export const Marker = z.object({
  id: z.string().min(1), // "M01".."M25"
  name: z.string().min(1),
  lane: Lane,
  level: MarkerLevel,
  previousLevel: MarkerLevel.nullable(),
  assessed: isoDate.nullable(),
});
export type Marker = z.infer<typeof Marker>;

export const PlanVersion = z.object({ version: z.string().min(1), adopted: isoDate, expires: isoDate });
export const Workshop = z.object({
  date: isoDate,
  kind: z.enum(['scip-update', 'implementation', 'annual-review']),
  status: z.enum(['held', 'scheduled']),
});
export const AnnualReport = z.object({ year: z.number().int(), submitted: isoDate.nullable() });

export const TaRequest = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  title: z.string().min(1),
  status: TaStatus,
  requested: isoDate,
  updated: isoDate,
});
export type TaRequest = z.infer<typeof TaRequest>;

export const PtsEnrolment = z.object({
  gets: z.number().int().min(0),
  wps: z.number().int().min(0),
  tsp: z.number().int().min(0),
});
export type PtsEnrolment = z.infer<typeof PtsEnrolment>;

export const JurisdictionDetail = JurisdictionSummary.extend({
  swic: Contact,
  governanceBody: z.object({
    name: z.string().min(1),
    kind: z.enum(['SIGB', 'SIEC']),
  }),
  scipHistory: z.object({
    plans: z.array(PlanVersion),
    workshops: z.array(Workshop),
    annualReports: z.array(AnnualReport),
  }),
  markerDetails: z.array(Marker).length(25),
  taRequests: z.array(TaRequest),
  pts: PtsEnrolment,
  coordinators: z.array(Coordinator),
  notes: z.string(),
});
export type JurisdictionDetail = z.infer<typeof JurisdictionDetail>;

/** RFC 9457 problem details */
export const Problem = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Every endpoint with the schema its body must satisfy, so the client, mock and server share one list. */
export const ENDPOINTS = {
  meta: { path: '/meta', schema: Meta },
  regions: { path: '/regions', schema: Regions },
  jurisdictions: { path: '/jurisdictions', schema: JurisdictionSummaries },
  jurisdiction: { path: '/jurisdictions/{code}', schema: JurisdictionDetail },
} as const;

export const API_PREFIX = '/api/v1';
