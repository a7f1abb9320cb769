/** The append-only audit log (the table's triggers refuse UPDATE, DELETE and TRUNCATE). */
import type { AuditEntry, AuditFilter, AuditPage } from '../../src/api/write-schemas';
import type { Queryable } from '../db/db';
import { notifyChange, type ChangeNote } from './change-feed';
import type { Principal } from '../http/auth';

export interface AuditRecord {
  action: string;
  entity: AuditEntry['entity'];
  entityId: string;
  before: unknown;
  after: unknown;
  /** the jurisdiction the change touches (null for a coordinator's contact) */
  jurisdiction?: string | null | undefined;
}

export async function recordAudit(q: Queryable, who: Principal, record: AuditRecord): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (actor, actor_id, role, action, entity, entity_id, jurisdiction, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    [
      who.displayName,
      who.name,
      who.role,
      record.action,
      record.entity,
      record.entityId,
      record.jurisdiction ?? null,
      JSON.stringify(record.before ?? null),
      JSON.stringify(record.after ?? null),
    ],
  );
}

/**
 * Every committed write bumps the data version and sets asOf (readers key caches on it),
 * and notifies each change with that version (delivered when the transaction commits).
 */
export async function bumpVersion(q: Queryable, changes: readonly ChangeNote[] = []): Promise<number> {
  const { rows } = await q.query<{ version: number }>('UPDATE dataset_meta SET version = version + 1, as_of = clock_timestamp() RETURNING version');
  const version = Number(rows[0]?.version ?? 0);
  for (const change of changes) await notifyChange(q, version, change);
  return version;
}

export type { AuditFilter };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const startOf = (from: string) => (DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from);
const endOf = (to: string) => (DATE_ONLY.test(to) ? `${to}T23:59:59.999Z` : to);
// LIKE wildcards in a typed name are literal
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function toEntry(r: Record<string, unknown>): AuditEntry {
  return {
    id: Number(r.id),
    at: r.at instanceof Date ? r.at.toISOString() : new Date(String(r.at)).toISOString(),
    actor: String(r.actor),
    role: String(r.role),
    action: String(r.action),
    entity: String(r.entity) as AuditEntry['entity'],
    entityId: String(r.entity_id),
    before: r.before,
    after: r.after,
  };
}

/** Newest first, `limit` per page. */
export async function listAudit(q: Queryable, filter: AuditFilter): Promise<AuditPage> {
  const { rows } = await q.query<Record<string, unknown>>(
    `SELECT id, at, actor, role, action, entity, entity_id, before, after FROM audit_log
      WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2) AND ($3::int IS NULL OR id < $3)
        AND ($5::text IS NULL OR actor ILIKE '%' || $5 || '%')
        AND ($6::timestamptz IS NULL OR at >= $6) AND ($7::timestamptz IS NULL OR at <= $7)
        AND ($8::text IS NULL OR jurisdiction = $8)
      ORDER BY id DESC LIMIT $4`,
    [
      filter.entity ?? null,
      filter.entityId ?? null,
      filter.before ?? null,
      filter.limit + 1,
      filter.actor?.trim() ? likeEscape(filter.actor.trim()) : null,
      filter.from ? startOf(filter.from) : null,
      filter.to ? endOf(filter.to) : null,
      filter.jurisdiction ?? null,
    ],
  );
  const entries = rows.slice(0, filter.limit).map(toEntry);
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > filter.limit && last ? last.id : null };
}
