-- 002: the audit log names who in words (actor = display name) and by id (actor_id = the
-- token's name or oidc:<sub>), and which jurisdiction an entry touches, so a
-- jurisdiction's history (its SCIP, markers, TA requests, SWIC, governance, notes) is one
-- indexed read.

ALTER TABLE audit_log ADD COLUMN actor_id text;
ALTER TABLE audit_log ADD COLUMN jurisdiction text;

-- rows written before this migration: the append-only trigger is lifted for this backfill alone
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete;
UPDATE audit_log SET
  actor_id = actor,
  jurisdiction = CASE
    WHEN entity = 'jurisdiction' THEN entity_id
    WHEN entity = 'marker' THEN split_part(entity_id, '/', 1)
    WHEN entity = 'ta-request' THEN (SELECT t.jurisdiction_code FROM ta_requests t WHERE t.id = audit_log.entity_id)
  END;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete;

CREATE INDEX audit_log_jurisdiction ON audit_log (jurisdiction, id);
CREATE INDEX audit_log_at ON audit_log (at);
