-- The hub, migration 1: communes' ledgers gathered in one PostgreSQL database.
--
-- Every table that holds a source's facts has `source` first in its key: it is the
-- distribution column a distributed PostgreSQL (Citus) would shard by, and every query the
-- hub runs stays within one source or aggregates per source.

CREATE TABLE hub_sources (
  source text PRIMARY KEY CHECK (source ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL CHECK (length(name) > 0),
  public_key text
);

-- Each source's events exactly as its ledger stored them: its own positions, hashes and
-- chain. The hub never re-chains them.
CREATE TABLE hub_events (
  source text NOT NULL REFERENCES hub_sources (source),
  position bigint NOT NULL CHECK (position > 0),
  stream text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  type text NOT NULL,
  schema_version integer NOT NULL CHECK (schema_version > 0),
  effective text NOT NULL CHECK (effective ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  recorded text NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor text NOT NULL,
  payload text NOT NULL,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (source, position),
  UNIQUE (source, stream, version)
) PARTITION BY HASH (source);

CREATE TABLE hub_events_0 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 0);
CREATE TABLE hub_events_1 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 1);
CREATE TABLE hub_events_2 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 2);
CREATE TABLE hub_events_3 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 3);
CREATE TABLE hub_events_4 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 4);
CREATE TABLE hub_events_5 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 5);
CREATE TABLE hub_events_6 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 6);
CREATE TABLE hub_events_7 PARTITION OF hub_events FOR VALUES WITH (MODULUS 8, REMAINDER 7);

-- The log is append-only: no event is ever changed or removed.
CREATE FUNCTION hub_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the hub''s event log is append-only' USING ERRCODE = 'CL001';
END
$$;

CREATE TRIGGER hub_events_append_only BEFORE UPDATE OR DELETE ON hub_events
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();

-- Every inserted event continues its source's chain: position 1 chains onto the genesis
-- hash, any other onto the hash the hub holds at the position before it.
CREATE FUNCTION hub_check_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text;
BEGIN
  IF NEW.position = 1 THEN
    before := repeat('0', 64);
  ELSE
    SELECT hash INTO before FROM hub_events
      WHERE source = NEW.source AND position = NEW.position - 1;
  END IF;
  IF before IS DISTINCT FROM NEW.prev_hash THEN
    RAISE EXCEPTION 'event % of % does not continue its chain', NEW.position, NEW.source
      USING ERRCODE = 'CL002';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER hub_events_chain AFTER INSERT ON hub_events
  FOR EACH ROW EXECUTE FUNCTION hub_check_chain();

-- "Known at a moment" is a prefix of each source's log.
CREATE INDEX hub_events_recorded ON hub_events (source, recorded_at);
