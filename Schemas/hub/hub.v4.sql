-- The hub, migration 4: the chain is checked once per statement instead of once per row.
--
-- Migration 1 checked each inserted event against the event before it with a row trigger,
-- one lookup per row. The same rule is now one set-based check per INSERT statement, over the
-- rows it inserted (a transition table): each must chain onto the hash the hub holds at the
-- position before it, which is either an earlier event or another row of the same statement
-- (the trigger runs after the whole statement, so both are in hub_events). The rule and its
-- error code (CL002) are unchanged.
--
-- And each source's first event is indexed: a history belongs to one source only, so a first
-- ingest whose first event another source already holds (a commune's file given under another
-- commune's name) is refused before anything is written.

CREATE FUNCTION hub_check_chain_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  broken record;
BEGIN
  SELECT n.source, n.position INTO broken
  FROM inserted n
  LEFT JOIN hub_events b ON b.source = n.source AND b.position = n.position - 1
  WHERE n.prev_hash IS DISTINCT FROM
    (CASE WHEN n.position = 1 THEN repeat('0', 64) ELSE b.hash END)
  ORDER BY n.source, n.position
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'event % of % does not continue its chain', broken.position, broken.source
      USING ERRCODE = 'CL002';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER hub_events_chain_inserted AFTER INSERT ON hub_events
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION hub_check_chain_inserted();

DROP TRIGGER hub_events_chain ON hub_events;

CREATE INDEX hub_events_first ON hub_events (hash) WHERE position = 1;
