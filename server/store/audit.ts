/** The append-only audit log (the table's triggers refuse UPDATE, DELETE and TRUNCATE). */
import type { Queryable } from '../db/db';
import type { Principal } from '../http/auth';
import type { AuditEntry, AuditPage } from '../../src/api/write-schemas';

export interface AuditRecord {
  action: string;
  entity: AuditEntry['entity'];
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function recordAudit(q: Queryable, who: Principal, record: AuditRecord): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (actor, role, action, entity, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [who.name, who.role, record.action, record.entity, record.entityId, JSON.stringify(record.before ?? null), JSON.stringify(record.after ?? null)],
  );
}

/** Every committed write bumps the data version and sets asOf (readers key caches on it). */
export async function bumpVersion(q: Queryable): Promise<void> {
  await q.query('UPDATE dataset_meta SET version = version + 1, as_of = clock_timestamp()');
}

export interface AuditFilter {
  entity?: AuditEntry['entity'] | undefined;
  entityId?: string | undefined;
  limit: number;
  /** entries with an id below this (the `next` of the previous page) */
  before?: number | undefined;
}

/** Newest first, `limit` per page. */
export async function listAudit(q: Queryable, filter: AuditFilter): Promise<AuditPage> {
  const { rows } = await q.query<Record<string, unknown>>(
    `SELECT id, at, actor, role, action, entity, entity_id, before, after FROM audit_log
      WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2) AND ($3::int IS NULL OR id < $3)
      ORDER BY id DESC LIMIT $4`,
    [filter.entity ?? null, filter.entityId ?? null, filter.before ?? null, filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit);
  const entries = page.map((r) => ({
    id: Number(r.id),
    at: r.at instanceof Date ? r.at.toISOString() : new Date(String(r.at)).toISOString(),
    actor: String(r.actor),
    role: String(r.role),
    action: String(r.action),
    entity: String(r.entity) as AuditEntry['entity'],
    entityId: String(r.entity_id),
    before: r.before,
    after: r.after,
  }));
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > filter.limit && last ? last.id : null };
}
