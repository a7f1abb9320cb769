/** The mock API's append-only audit log: record, page (newest first), filter, CSV. */
import type { AuditEntry, AuditFilter, AuditPage } from '../../src/api/write-schemas';
import type { MockPrincipal } from './principal';
import type { MockState, StoredAuditEntry } from './state';

export interface AuditRecord {
  action: string;
  entity: AuditEntry['entity'];
  entityId: string;
  before: unknown;
  after: unknown;
}

export function recordAudit(draft: MockState, who: MockPrincipal, at: Date, record: AuditRecord, jurisdiction: string | null): void {
  const id = (draft.audit[draft.audit.length - 1]?.id ?? 0) + 1;
  draft.audit.push({
    id,
    at: at.toISOString(),
    actor: who.displayName,
    role: who.role,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    jurisdiction,
  });
}

export type { AuditFilter };

const served = ({ jurisdiction: _j, ...entry }: StoredAuditEntry): AuditEntry => entry;

function endOf(to: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? Date.parse(`${to}T23:59:59.999Z`) : Date.parse(to);
}

export function matching(state: MockState, f: Omit<AuditFilter, 'limit' | 'before'>): StoredAuditEntry[] {
  const actor = f.actor?.toLowerCase();
  const from = f.from ? Date.parse(f.from) : null;
  const to = f.to ? endOf(f.to) : null;
  return state.audit
    .filter(
      (e) =>
        (f.entity === undefined || e.entity === f.entity) &&
        (f.entityId === undefined || e.entityId === f.entityId) &&
        (f.jurisdiction === undefined || e.jurisdiction === f.jurisdiction) &&
        (actor === undefined || e.actor.toLowerCase().includes(actor)) &&
        (from === null || Date.parse(e.at) >= from) &&
        (to === null || Date.parse(e.at) <= to),
    )
    .reverse();
}

export function pageOf(state: MockState, f: AuditFilter): AuditPage {
  const all = matching(state, f).filter((e) => f.before === undefined || e.id < f.before);
  const entries = all.slice(0, f.limit).map(served);
  const last = entries[entries.length - 1];
  return { entries, next: all.length > f.limit && last ? last.id : null };
}

const CSV_COLUMNS = ['id', 'at', 'actor', 'role', 'action', 'entity', 'entityId', 'before', 'after'] as const;

function csvCell(value: string): string {
  // a leading = + - @ would be run as a formula by a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: readonly StoredAuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const entry = served(e);
    lines.push(CSV_COLUMNS.map((c) => csvCell(c === 'before' || c === 'after' ? JSON.stringify(entry[c]) : String(entry[c]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
