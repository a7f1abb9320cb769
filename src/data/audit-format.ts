/** Audit entries in words: when, which fields changed, before → after. */
import type { AuditEntry } from '../api/write-schemas';
import { LEVEL_LABEL, SCIP_STATUS_LABEL, TA_STATUS_LABEL } from './scip';

const WHEN = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** "Dec 1, 2026, 9:50 PM UTC" */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${WHEN.format(d)} UTC`;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FIELD_LABEL: Record<string, string> = {
  status: 'Status',
  adopted: 'Plan adopted',
  expires: 'Plan expires',
  lastAnnualReport: 'Last annual report',
  nextWorkshop: 'Next workshop',
  level: 'Level',
  previousLevel: 'Previous level',
  assessed: 'Assessed',
  notes: 'Notes',
  jurisdictions: 'Covers',
  kind: 'Kind',
};
/** "lastAnnualReport" → "Last annual report"; unknown keys as they are */
export const fieldLabel = (key: string): string => FIELD_LABEL[key] ?? key;

/** enum values in the words the rest of the app uses */
const WORDS: Record<string, string> = { ...SCIP_STATUS_LABEL, ...LEVEL_LABEL, ...TA_STATUS_LABEL };

/** "update-scip" → "update scip" */
export const actionText = (action: string): string => action.replace(/[-_]+/g, ' ');

/** a value as text: none → "—", arrays joined, objects as key: value, enum values in words */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' && WORDS[v]) return WORDS[v] ?? v;
  if (Array.isArray(v)) return v.map(valueText).join(', ');
  if (isRecord(v)) return Object.entries(v).map(([k, x]) => `${k}: ${valueText(x)}`).join('; ');
  return String(v);
}

/** the fields whose value differs between before and after (a creation lists every field) */
export function fieldChanges(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  if (!isRecord(entry.before) && !isRecord(entry.after)) {
    return [{ field: 'value', before: valueText(entry.before), after: valueText(entry.after) }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, before: valueText(before[k]), after: valueText(after[k]) }));
}
