-- The hub, migration 6: the same rules on inserted events, checked at a cost that does not grow
-- with the hub.
--
-- Migration 4's chain check joined the rows a statement inserted with the whole of hub_events:
-- the planner knows nothing of a transition table's rows, so it read every source's events on
-- each ingest, and an ingest cost more the more the hub held. Now each inserted row is compared
-- with the row of the same source before it in the same statement; only a row whose
-- predecessor is not among them (the first new event of a file) looks up the event the hub
-- holds at the position before it, by the primary key. The rule, the row named first and the
-- error code (CL002) are unchanged.
--
-- The same check now also says that each inserted event's source is registered, once per
-- statement for the sources it names, locking their rows as the foreign key did (FOR KEY
-- SHARE); migration 1's foreign key did it per row, a lookup and a lock that cost as much as the
-- rest of an insert. A registered source that holds events still cannot be removed or renamed
-- (a row trigger on hub_sources, which waits for an ingest holding the source's row). Both keep
-- the foreign key's error code (23503).
--
-- And the hex checks of hashes and signer ids, `~ '^[0-9a-f]{64}$'` (a bounded repetition the
-- regular-expression engine runs as 64 states, several microseconds a row), say the same rule
-- as a length and no character outside 0-9 and a-f.

CREATE OR REPLACE FUNCTION hub_check_chain_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  broken record;
  missing text;
BEGIN
  PERFORM 1 FROM hub_sources
  WHERE source IN (SELECT DISTINCT source FROM inserted)
  FOR KEY SHARE;
  SELECT i.source INTO missing
  FROM (SELECT DISTINCT source FROM inserted) i
  WHERE NOT EXISTS (SELECT 1 FROM hub_sources s WHERE s.source = i.source)
  ORDER BY i.source
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'source % is not registered', missing USING ERRCODE = 'foreign_key_violation';
  END IF;
  SELECT n.source, n.position INTO broken
  FROM (
    SELECT source, position, prev_hash,
      lag(position) OVER w AS before_position, lag(hash) OVER w AS before_hash
    FROM inserted
    WINDOW w AS (PARTITION BY source ORDER BY position)
  ) n
  WHERE n.prev_hash IS DISTINCT FROM (CASE
    WHEN n.position = 1 THEN repeat('0', 64)
    WHEN n.before_position = n.position - 1 THEN n.before_hash
    ELSE (SELECT b.hash FROM hub_events b
      WHERE b.source = n.source AND b.position = n.position - 1)
    END)
  ORDER BY n.source, n.position
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'event % of % does not continue its chain', broken.position, broken.source
      USING ERRCODE = 'CL002';
  END IF;
  RETURN NULL;
END
$$;

ALTER TABLE hub_events
  DROP CONSTRAINT hub_events_hash_check,
  ADD CONSTRAINT hub_events_hash_check CHECK (length(hash) = 64 AND hash !~ '[^0-9a-f]'),
  DROP CONSTRAINT hub_events_prev_hash_check,
  ADD CONSTRAINT hub_events_prev_hash_check
    CHECK (length(prev_hash) = 64 AND prev_hash !~ '[^0-9a-f]'),
  DROP CONSTRAINT hub_events_signer_check,
  ADD CONSTRAINT hub_events_signer_check CHECK (length(signer) = 16 AND signer !~ '[^0-9a-f]');

ALTER TABLE hub_events DROP CONSTRAINT hub_events_source_fkey;

CREATE FUNCTION hub_keep_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.source = OLD.source THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM hub_events WHERE source = OLD.source) THEN
    RAISE EXCEPTION 'source % holds events', OLD.source USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER hub_sources_keep BEFORE DELETE OR UPDATE OF source ON hub_sources
  FOR EACH ROW EXECUTE FUNCTION hub_keep_source();
