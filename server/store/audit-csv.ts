/**
 * The audit log as RFC 4180 CSV (CRLF, quoted where needed). A cell that a spreadsheet
 * would run as a formula (= + - @, tab, CR) is prefixed with an apostrophe, since actor
 * names and notes are typed by people.
 */
import type { AuditEntry } from '../../src/api/write-schemas';

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor', 'role', 'action', 'entity', 'entityId', 'before', 'after'] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const AUDIT_CSV_HEADER = AUDIT_CSV_COLUMNS.join(',');

export function auditCsvRow(e: AuditEntry): string {
  const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
  return [String(e.id), e.at, e.actor, e.role, e.action, e.entity, e.entityId, json(e.before), json(e.after)].map(csvCell).join(',');
}
