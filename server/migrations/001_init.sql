-- 001: the SCIP coordination schema. Every row type maps onto one part of the
-- src/api/schemas.ts contract; derived values (marker counts, lane levels) are not
-- stored, so they can never disagree with the markers they come from.

CREATE TABLE dataset_meta (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  dataset    text NOT NULL CHECK (dataset <> ''),
  sample     boolean NOT NULL,
  -- bumped by every committed write: readers key their cache on it
  version    integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- time of the latest write (seed time until the first write)
  as_of      timestamptz NOT NULL DEFAULT now(),
  seeded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE regions (
  id              smallint PRIMARY KEY CHECK (id BETWEEN 1 AND 10),
  name            text NOT NULL,
  office_city     text NOT NULL,
  office_state    text NOT NULL,
  office_address  text NOT NULL
);

CREATE TABLE jurisdictions (
  code                     text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  position                 smallint NOT NULL UNIQUE,
  fips                     text NOT NULL UNIQUE CHECK (fips ~ '^[0-9]{2}$'),
  name                     text NOT NULL,
  type                     text NOT NULL CHECK (type IN ('state', 'district', 'territory')),
  region_id                smallint NOT NULL REFERENCES regions (id),
  scip_status              text NOT NULL
    CHECK (scip_status IN ('current', 'update-due', 'overdue', 'in-progress', 'workshop-scheduled')),
  scip_adopted             date NOT NULL,
  scip_expires             date NOT NULL,
  scip_last_annual_report  date,
  scip_next_workshop       date,
  swic_name                text NOT NULL,
  swic_title               text NOT NULL,
  swic_email               text NOT NULL,
  swic_phone               text NOT NULL,
  governance_name          text NOT NULL,
  governance_kind          text NOT NULL CHECK (governance_kind IN ('SIGB', 'SIEC')),
  pts_gets                 integer NOT NULL CHECK (pts_gets >= 0),
  pts_wps                  integer NOT NULL CHECK (pts_wps >= 0),
  pts_tsp                  integer NOT NULL CHECK (pts_tsp >= 0),
  notes                    text NOT NULL DEFAULT '',
  CHECK (scip_adopted <= scip_expires)
);
CREATE INDEX jurisdictions_region ON jurisdictions (region_id);

CREATE TABLE coordinators (
  id              text PRIMARY KEY,
  region_id       smallint NOT NULL REFERENCES regions (id),
  position        smallint NOT NULL,
  name            text NOT NULL,
  title           text NOT NULL,
  email           text NOT NULL,
  phone           text NOT NULL,
  office_city     text NOT NULL,
  office_state    text NOT NULL,
  office_address  text NOT NULL,
  UNIQUE (region_id, position)
);

CREATE TABLE coordinator_coverage (
  coordinator_id     text NOT NULL REFERENCES coordinators (id),
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  PRIMARY KEY (coordinator_id, jurisdiction_code)
);
CREATE INDEX coordinator_coverage_jurisdiction ON coordinator_coverage (jurisdiction_code);

CREATE TABLE markers (
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  id                 text NOT NULL CHECK (id ~ '^M[0-9]{2}$'),
  name               text NOT NULL,
  lane               text NOT NULL CHECK (lane IN ('governance', 'sop', 'technology', 'training', 'usage')),
  level              text NOT NULL CHECK (level IN ('initial', 'defined', 'optimized', 'not-assessed')),
  previous_level     text CHECK (previous_level IN ('initial', 'defined', 'optimized', 'not-assessed')),
  assessed           date,
  PRIMARY KEY (jurisdiction_code, id)
);

CREATE TABLE ta_requests (
  id                 text PRIMARY KEY,
  -- insertion order is the order the contract lists a jurisdiction's requests in
  seq                integer GENERATED ALWAYS AS IDENTITY UNIQUE,
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  category           text NOT NULL CHECK (category <> ''),
  title              text NOT NULL CHECK (title <> ''),
  status             text NOT NULL CHECK (status IN ('requested', 'scheduled', 'in-delivery', 'complete')),
  requested          date NOT NULL,
  updated            date NOT NULL
);
CREATE INDEX ta_requests_jurisdiction ON ta_requests (jurisdiction_code);

CREATE TABLE scip_plans (
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  position           smallint NOT NULL,
  version            text NOT NULL,
  adopted            date NOT NULL,
  expires            date NOT NULL,
  PRIMARY KEY (jurisdiction_code, position)
);

CREATE TABLE scip_workshops (
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  position           smallint NOT NULL,
  date               date NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('scip-update', 'implementation', 'annual-review')),
  status             text NOT NULL CHECK (status IN ('held', 'scheduled')),
  PRIMARY KEY (jurisdiction_code, position)
);

CREATE TABLE annual_reports (
  jurisdiction_code  text NOT NULL REFERENCES jurisdictions (code),
  position           smallint NOT NULL,
  year               integer NOT NULL,
  submitted          date,
  PRIMARY KEY (jurisdiction_code, position)
);

-- Append-only audit log: who changed what, when, with the value before and after.
CREATE TABLE audit_log (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor      text NOT NULL,
  role       text NOT NULL,
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  text NOT NULL,
  before     jsonb,
  after      jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
